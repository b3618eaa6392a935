import { describe, expect, it } from 'vitest';
import { letterDateWarnings } from '@renderer/domain/decisions/letter-date-warnings';

const KR = 100;
const rules = { splitPaymentThresholdOre: 30_000 * KR };

describe('letterDateWarnings', () => {
  it('has nothing to say when every date falls in the grant year', () => {
    expect(letterDateWarnings({ letterDate: '2020-03-01', year: 2020, outcome: 'innvilget', amountGrantedOre: 50_000 * KR, rules })).toEqual([]);
  });

  it('warns about a letter dated after the grant year and the dates that follow from it', () => {
    const warnings = letterDateWarnings({ letterDate: '2021-01-10', year: 2020, outcome: 'innvilget', amountGrantedOre: 20_000 * KR, rules });
    expect(warnings).toEqual([
      'Brevet dateres 10.01.2021, etter tilskuddsåret 2020, men tilskuddet skal brukes og føres i 2020.',
      'Fristen for å akseptere vilkårene (31.01.2021) er etter tilskuddsåret 2020.',
      'Utbetalingen i termin 1 forfaller 31.01.2021, etter tilskuddsåret 2020.',
    ]);
  });

  it('warns when the acceptance deadline of a December letter passes into the next year', () => {
    const warnings = letterDateWarnings({ letterDate: '2020-12-20', year: 2020, outcome: 'delvis_innvilget', amountGrantedOre: 50_000 * KR, rules });
    expect(warnings[0]).toBe('Fristen for å akseptere vilkårene (10.01.2021) er etter tilskuddsåret 2020.');
    // Both terms fall due after the year (the autumn term moves to the first one's date).
    expect(warnings).toHaveLength(3);
  });

  it('says only the letter date for a rejection', () => {
    expect(letterDateWarnings({ letterDate: '2021-01-10', year: 2020, outcome: 'avslatt', amountGrantedOre: 0, rules })).toEqual([
      'Brevet dateres 10.01.2021, etter tilskuddsåret 2020.',
    ]);
  });
});
