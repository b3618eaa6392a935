// R6: what the grant does not cover — place, excluded budget categories, self-declared costs.
import { describe, expect, it } from 'vitest';
import type { BudgetLine } from '@renderer/domain/application';
import { KR, application, input, kr, resultOf } from './fixtures';

const line = (category: BudgetLine['category'], kroner: number): BudgetLine => ({
  category,
  description: category,
  amountOre: kroner * KR,
});

describe('R6 where the measure takes place', () => {
  it('fails a measure only abroad without sub-goal C', () => {
    const r = resultOf('R6', input({ application: application({ location: 'kun_utlandet', subGoals: ['A', 'B'] }) }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toContain('Tiltaket foregår bare utenfor Norge, og slike tiltak dekkes ikke');
  });

  it('asks for judgement for a measure only abroad under sub-goal C (knowledge exchange with countries of origin)', () => {
    const r = resultOf('R6', input({ application: application({ location: 'kun_utlandet', subGoals: ['C'] }) }));
    expect(r.result).toBe('skjonn');
    expect(r.reason).toContain('gjelder delmål C');
    expect(r.reason).toContain('opprinnelsesland');
  });

  it('passes a measure partly abroad, with a note', () => {
    const r = resultOf('R6', input({ application: application({ location: 'delvis_utlandet' }) }));
    expect(r.result).toBe('bestatt');
    expect(r.reason).toContain('delvis utenfor Norge, noe som er tillatt');
  });

  it('passes a measure in Norway with a clean budget', () => {
    const r = resultOf('R6', input({ application: application({ budgetLines: [line('aktivitet', 40_000)] }) }));
    expect(r).toEqual({
      rule: 'R6',
      result: 'bestatt',
      reason: 'Tiltaket foregår i Norge. Budsjettet har ingen kostnader som tilskuddet ikke dekker (R6)',
    });
  });
});

describe('R6 excluded costs in the budget', () => {
  it('asks for judgement for a partly excluded budget, naming category and sum', () => {
    const lines = [line('aktivitet', 30_000), line('investering', 20_000)];
    const r = resultOf('R6', input({ application: application({ budgetLines: lines }) }));
    expect(r.result).toBe('skjonn');
    expect(r.reason).toBe(
      `Budsjettet har ${kr('20 000')} til investeringer, som ikke dekkes. ` +
        `Vurder søknaden for resten av budsjettet, ${kr('30 000')} av i alt ${kr('50 000')}. Tiltaket foregår i Norge (R6)`,
    );
  });

  it('names every excluded category and their total', () => {
    const lines = [
      line('aktivitet', 50_000),
      line('anskaffelse', 5_000),
      line('konferanse_offentlig_ansatte', 10_000),
      line('anskaffelse', 2_500),
    ];
    const r = resultOf('R6', input({ application: application({ budgetLines: lines }) }));
    expect(r.result).toBe('skjonn');
    expect(r.reason).toContain(
      `Budsjettet har ${kr('7 500')} til anskaffelser og ${kr('10 000')} til konferanser og seminarer for offentlig ansatte, ` +
        `til sammen ${kr('17 500')}, som ikke dekkes`,
    );
  });

  it('fails when the excluded costs are the whole budget', () => {
    const lines = [line('investering', 20_000), line('drift', 15_000)];
    const r = resultOf('R6', input({ application: application({ budgetLines: lines }) }));
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toContain(`Det er hele budsjettet (${kr('35 000')})`);
  });

  it('counts general operating costs as excluded, except in an application for operating support', () => {
    const lines = [line('aktivitet', 20_000), line('drift', 15_000)];
    const project = resultOf('R6', input({ application: application({ budgetLines: lines }) }));
    expect(project.result).toBe('skjonn');
    expect(project.reason).toContain('til generell drift av organisasjonen');
    const drift = resultOf('R6', input({ application: application({ kind: 'drift', budgetLines: lines }) }));
    expect(drift.result).toBe('bestatt');
  });

  it('asks for judgement when the applicant itself declares costs that are not covered', () => {
    const r = resultOf(
      'R6',
      input({ application: application({ totalBudgetOre: 80_000 * KR, ineligibleCostsOre: 12_000 * KR }) }),
    );
    expect(r.result).toBe('skjonn');
    expect(r.reason).toContain(`Søkeren har selv oppgitt ${kr('12 000')} i kostnader som ikke dekkes`);
  });

  it('fails when the self-declared costs are the whole stated budget', () => {
    const r = resultOf(
      'R6',
      input({ application: application({ totalBudgetOre: 12_000 * KR, ineligibleCostsOre: 12_000 * KR }) }),
    );
    expect(r.result).toBe('ikke_bestatt');
  });

  it('does not add self-declared costs to excluded lines (they may be the same costs)', () => {
    const r = resultOf(
      'R6',
      input({
        application: application({
          budgetLines: [line('aktivitet', 20_000), line('investering', 20_000)],
          ineligibleCostsOre: 20_000 * KR,
        }),
      }),
    );
    expect(r.result).toBe('skjonn');
  });

  it('reports the worst finding first when place and budget both have something', () => {
    const r = resultOf(
      'R6',
      input({
        application: application({ location: 'kun_utlandet', budgetLines: [line('aktivitet', 10_000), line('investering', 5_000)] }),
      }),
    );
    expect(r.result).toBe('ikke_bestatt');
    expect(r.reason).toMatch(/^Tiltaket foregår bare utenfor Norge.*Budsjettet har/);
  });
});
