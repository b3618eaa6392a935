// R5: kinds and amounts from the call's rule settings; exactly at a limit passes.
import { describe, expect, it } from 'vitest';
import type { ApplicationKind } from '@renderer/domain/application';
import type { OrganisationKind } from '@renderer/domain/organisation';
import { KR, application, call, input, kr, organisation, resultOf } from './fixtures';

const applied = (kind: ApplicationKind, kroner: number, extra = {}) =>
  application({ kind, amountAppliedOre: kroner * KR, ...extra });

describe('R5 single measures and activities: minimum from the call', () => {
  it('fails 9 999 kr against the 10 000 kr minimum, with both amounts in the reason', () => {
    const r = resultOf('R5', input({ application: applied('enkelttiltak', 9_999) }));
    expect(r).toEqual({
      rule: 'R5',
      result: 'ikke_bestatt',
      reason: `Søkt beløp ${kr('9 999')} er under minstebeløpet ${kr('10 000')} for enkelttiltak (R5)`,
    });
  });

  it('passes exactly 10 000 kr', () => {
    const r = resultOf('R5', input({ application: applied('enkelttiltak', 10_000) }));
    expect(r.result).toBe('bestatt');
    expect(r.reason).toBe(`Søkt beløp ${kr('10 000')} er innenfor grensen for enkelttiltak (minst ${kr('10 000')}) (R5)`);
  });

  it('applies the same minimum to activities', () => {
    expect(resultOf('R5', input({ application: applied('aktivitet', 9_999) })).reason).toContain('for aktiviteter');
    expect(resultOf('R5', input({ application: applied('aktivitet', 10_000) })).result).toBe('bestatt');
  });

  it('reads the minimum from the call, not the code', () => {
    const raised = call({}, { singleMeasureMinOre: 15_000 * KR });
    expect(resultOf('R5', input({ application: applied('enkelttiltak', 14_999), call: raised })).result).toBe(
      'ikke_bestatt',
    );
    expect(resultOf('R5', input({ application: applied('enkelttiltak', 15_000), call: raised })).result).toBe(
      'bestatt',
    );
  });

  it('fails an amount with øre just under the minimum and shows the øre', () => {
    const r = resultOf('R5', input({ application: application({ amountAppliedOre: 10_000 * KR - 50 }) }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toContain(kr('9 999,50'));
  });
});

describe('R5 local maximum per single measure', () => {
  const bergen = call({}, { singleMeasureMaxOre: 50_000 * KR });

  it('passes exactly the local maximum', () => {
    const r = resultOf('R5', input({ application: applied('enkelttiltak', 50_000), call: bergen }));
    expect(r.result).toBe('bestatt');
    expect(r.reason).toContain(`minst ${kr('10 000')} og høyst ${kr('50 000')}`);
  });

  it('fails one krone above it', () => {
    const r = resultOf('R5', input({ application: applied('aktivitet', 50_001), call: bergen }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toBe(
      `Søkt beløp ${kr('50 001')} er over kommunens maksimumsbeløp ${kr('50 000')} for aktiviteter (R5)`,
    );
  });

  it('has no upper limit when the call sets none', () => {
    expect(resultOf('R5', input({ application: applied('enkelttiltak', 900_000) })).result).toBe('bestatt');
  });
});

describe('R5 projects: maximum from the call', () => {
  it('passes exactly 1 000 000 kr', () => {
    const r = resultOf('R5', input({ application: applied('prosjekt', 1_000_000) }));
    expect(r.result).toBe('bestatt');
    expect(r.reason).toBe(
      `Søkt beløp ${kr('1 000 000')} er innenfor maksimumsbeløpet ${kr('1 000 000')} for prosjekter (R5)`,
    );
  });

  it('fails 1 000 001 kr', () => {
    const r = resultOf('R5', input({ application: applied('prosjekt', 1_000_001) }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toBe(
      `Søkt beløp ${kr('1 000 001')} er over maksimumsbeløpet ${kr('1 000 000')} for prosjekter (R5)`,
    );
  });

  it('asks for judgement when the amount is within the maximum but the total budget is above it', () => {
    const r = resultOf(
      'R5',
      input({ application: applied('prosjekt', 800_000, { totalBudgetOre: 1_200_000 * KR }) }),
    );
    expect(r.result).toBe('skjonn');
    expect(r.reason).toContain(`prosjektets budsjett er ${kr('1 200 000')}`);
  });

  it('passes a total budget of exactly the maximum', () => {
    const r = resultOf(
      'R5',
      input({ application: applied('prosjekt', 800_000, { totalBudgetOre: 1_000_000 * KR }) }),
    );
    expect(r.result).toBe('bestatt');
  });

  it('uses the sum of the budget lines when no total is given', () => {
    const lines = [
      { category: 'personale' as const, description: 'Prosjektleder', amountOre: 700_000 * KR },
      { category: 'aktivitet' as const, description: 'Samlinger', amountOre: 400_000 * KR },
    ];
    const r = resultOf('R5', input({ application: applied('prosjekt', 500_000, { budgetLines: lines }) }));
    expect(r.result).toBe('skjonn');
    expect(r.reason).toContain(kr('1 100 000'));
  });

  it('does not apply the single-measure minimum to projects', () => {
    expect(resultOf('R5', input({ application: applied('prosjekt', 5_000) })).result).toBe('bestatt');
  });
});

describe('R5 operating support (drift)', () => {
  const cases: Array<[OrganisationKind, string]> = [
    ['innvandrerorganisasjon', 'bestatt'],
    ['frivillig', 'ikke_bestatt'],
  ];
  it.each(cases)('for an organisation of kind %s → %s', (kind, expected) => {
    const r = resultOf('R5', input({ application: applied('drift', 60_000), organisation: organisation({ kind }) }));
    expect(r.result).toBe(expected);
  });

  it('explains the refusal with the organisation and its kind', () => {
    const r = resultOf('R5', input({ application: applied('drift', 60_000) }));
    expect(r.reason).toBe(
      'Driftsstøtte kan bare gis til lokale innvandrerorganisasjoner, og Frivillig Forening er registrert som frivillig organisasjon (R5)',
    );
  });
});

describe('R5 local limit on applications per organisation', () => {
  const twoPerApplicant = call({}, { maxApplicationsPerOrganisation: 2 });

  it('passes when this application is within the limit', () => {
    const r = resultOf('R5', input({ call: twoPerApplicant, otherApplicationsByOrganisationInCall: 1 }));
    expect(r.result).toBe('bestatt');
  });

  it('fails when the organisation already has as many as the limit', () => {
    const r = resultOf('R5', input({ call: twoPerApplicant, otherApplicationsByOrganisationInCall: 2 }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toContain('Organisasjonen har 2 andre søknader i utlysningen før denne');
    expect(r.reason).toContain('høyst 2 søknader per søker');
  });

  it('names both problems when the amount also fails, the failures first', () => {
    const r = resultOf(
      'R5',
      input({
        application: applied('enkelttiltak', 10_000),
        call: call({}, { maxApplicationsPerOrganisation: 1 }),
        otherApplicationsByOrganisationInCall: 1,
      }),
    );
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toMatch(/^Organisasjonen har 1 annen søknad .*høyst 1 søknad per søker\. Søkt beløp/);
  });

  it('is not checked without a count or without a limit', () => {
    expect(resultOf('R5', input({ call: twoPerApplicant })).result).toBe('bestatt');
    expect(resultOf('R5', input({ otherApplicationsByOrganisationInCall: 9 })).result).toBe('bestatt');
  });
});
