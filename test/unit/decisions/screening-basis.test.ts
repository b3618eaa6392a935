import { describe, expect, it } from 'vitest';
import { screeningBasis } from '@renderer/domain/decisions/screening-basis';
import { proposedDismissalJustification, screeningGateProblem } from '@renderer/domain/decisions/screening-gate';
import type { Screening } from '@renderer/domain/screening';

const AT = '2020-03-01T10:00:00.000Z';
const passed = (rule: Screening['results'][number]['rule']) => ({ rule, result: 'bestatt' as const, reason: `Bestått (${rule})` });
const R5_FAILED = { rule: 'R5' as const, result: 'ikke_bestatt' as const, reason: 'Søkt beløp kr 5 000 er under minstebeløpet kr 10 000 for enkelttiltak (R5)' };
const R1_FAILED = { rule: 'R1' as const, result: 'ikke_bestatt' as const, reason: 'Foreningen er ikke registrert i Frivillighetsregisteret, og søknaden skal avvises (R1)' };
const R2_OPEN = { rule: 'R2' as const, result: 'skjonn' as const, reason: 'Bekreft at Foreningen driver frivillig virke (R2)' };

function screening(results: Screening['results'], overrides: Screening['overrides'] = []) {
  return { results, overrides };
}

describe('screeningBasis', () => {
  it('says the requirements are met only when every rule passed without an override', () => {
    expect(screeningBasis(screening([passed('R1'), passed('R5')]))).toEqual({
      allMet: true, failed: [], overridden: [], unresolved: [], judged: [], screened: true,
    });
  });

  it('lists the failed rules with their reasons', () => {
    const basis = screeningBasis(screening([passed('R1'), R5_FAILED]));
    expect(basis.allMet).toBe(false);
    expect(basis.failed).toEqual([{ rule: 'R5', reason: R5_FAILED.reason }]);
  });

  it("moves an overridden rule to 'overridden' with the officer's reason, keeping what the screening found", () => {
    const basis = screeningBasis(
      screening([R1_FAILED, R5_FAILED], [{ rule: 'R5', result: 'bestatt', reason: 'Beløpet ble rettet skriftlig 02.03.', by: 'Kari', at: AT }]),
    );
    expect(basis).toMatchObject({
      allMet: false,
      failed: [{ rule: 'R1', reason: R1_FAILED.reason }],
      overridden: [{ rule: 'R5', reason: R5_FAILED.reason, overrideReason: 'Beløpet ble rettet skriftlig 02.03.' }],
    });
  });

  it('keeps a rule failed when the latest override sets it failed again', () => {
    const basis = screeningBasis(
      screening([R5_FAILED], [
        { rule: 'R5', result: 'bestatt', reason: 'Først godtatt', by: 'Kari', at: AT },
        { rule: 'R5', result: 'ikke_bestatt', reason: 'Likevel ikke', by: 'Kari', at: '2020-03-02T10:00:00.000Z' },
      ]),
    );
    expect(basis.failed).toEqual([{ rule: 'R5', reason: 'Likevel ikke' }]);
    expect(basis.overridden).toEqual([]);
  });

  it('separates open judgements from judgements the officer made', () => {
    expect(screeningBasis(screening([R2_OPEN])).unresolved).toEqual([{ rule: 'R2', reason: R2_OPEN.reason }]);
    const judged = screeningBasis(screening([R2_OPEN], [{ rule: 'R2', result: 'bestatt', reason: 'Vedtektene er sett', by: 'Kari', at: AT }]));
    expect(judged.judged).toEqual([{ rule: 'R2', reason: R2_OPEN.reason, overrideReason: 'Vedtektene er sett' }]);
    expect(judged.allMet).toBe(false);
  });

  it('knows an application that was never screened', () => {
    expect(screeningBasis(undefined)).toMatchObject({ allMet: false, screened: false });
  });
});

describe('screeningGateProblem', () => {
  const failed = screeningBasis(screening([R1_FAILED, R5_FAILED]));

  it('refuses a full or partial grant and names every failing rule with its reason', () => {
    const message = screeningGateProblem('innvilget', failed, 'Leksehjelp');
    expect(message).toBe(
      'Søknaden «Leksehjelp» kan ikke innvilges fordi den ikke har bestått den formelle vurderingen ' +
        '(R1: Foreningen er ikke registrert i Frivillighetsregisteret, og søknaden skal avvises; ' +
        'R5: Søkt beløp kr 5 000 er under minstebeløpet kr 10 000 for enkelttiltak). ' +
        'Overstyr reglene R1 og R5 med en skriftlig begrunnelse først, eller avvis søknaden.',
    );
    expect(screeningGateProblem('delvis_innvilget', failed)).toContain('Overstyr reglene R1 og R5');
  });

  it('lets a rejection or dismissal through, and a grant once nothing has failed', () => {
    expect(screeningGateProblem('avslatt', failed)).toBeNull();
    expect(screeningGateProblem('avvist', failed)).toBeNull();
    expect(screeningGateProblem('innvilget', screeningBasis(screening([R2_OPEN])))).toBeNull();
  });
});

describe('proposedDismissalJustification', () => {
  it('names the formal requirement that is not met', () => {
    expect(proposedDismissalJustification(screeningBasis(screening([R5_FAILED])))).toBe(
      'Søknaden avvises fordi dette formelle kravet i regelverket ikke er oppfylt:\n' +
        'Søkt beløp kr 5 000 er under minstebeløpet kr 10 000 for enkelttiltak (R5).',
    );
    expect(proposedDismissalJustification(screeningBasis(screening([passed('R1')])))).toBe('');
  });
});
