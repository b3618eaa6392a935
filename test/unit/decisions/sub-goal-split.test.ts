import { describe, expect, it } from 'vitest';
import {
  defaultSubGoalSplit,
  effectiveSubGoalSplit,
  splitProportionally,
  subGoalSplitProblem,
} from '@renderer/domain/decisions/sub-goal-split';

const KR = 100;

describe('defaultSubGoalSplit', () => {
  it('gives equal whole-kroner shares with the remainder to the first sub-goal', () => {
    expect(defaultSubGoalSplit(145_001 * KR, ['C', 'A'])).toEqual({ A: 72_501 * KR, C: 72_500 * KR });
    expect(defaultSubGoalSplit(10_000 * KR, ['A', 'B', 'C'])).toEqual({ A: 3_334 * KR, B: 3_333 * KR, C: 3_333 * KR });
    // Øre stay with the first, so the others are whole kroner.
    expect(defaultSubGoalSplit(100_050, ['A', 'B'])).toEqual({ A: 50_050, B: 50_000 });
    expect(defaultSubGoalSplit(0, ['B'])).toEqual({ B: 0 });
  });
});

describe('subGoalSplitProblem', () => {
  it('refuses a split that does not add up to the granted amount, and says both sums', () => {
    expect(subGoalSplitProblem({ A: 50_000 * KR, C: 40_000 * KR }, 100_000 * KR, ['A', 'C'])?.replace(/\u00a0/g, ' ')).toBe(
      'Fordelingen på delmål må til sammen bli det innvilgede beløpet (kr 100 000), men den blir kr 90 000.',
    );
  });

  it("refuses an amount on a sub-goal the application does not name", () => {
    expect(subGoalSplitProblem({ A: 50 * KR, B: 50 * KR }, 100 * KR, ['A'])).toBe(
      'Søknaden gjelder ikke delmål B, så beløp kan ikke fordeles dit.',
    );
  });

  it('accepts an uneven split that adds up', () => {
    expect(subGoalSplitProblem({ A: 10 * KR, C: 90 * KR }, 100 * KR, ['A', 'C'])).toBeNull();
  });
});

describe('effectiveSubGoalSplit', () => {
  it('uses the recorded split, or the default for a decision without one', () => {
    expect(effectiveSubGoalSplit({ amountGrantedOre: 100 * KR, subGoalSplitOre: { A: 10 * KR, C: 90 * KR } }, ['A', 'C'])).toEqual({ A: 10 * KR, C: 90 * KR });
    expect(effectiveSubGoalSplit({ amountGrantedOre: 100 * KR }, ['A', 'C'])).toEqual({ A: 50 * KR, C: 50 * KR });
  });
});

describe('splitProportionally', () => {
  it('follows the grant split and always adds up to the amount', () => {
    expect(splitProportionally(1_000, { A: 25 * KR, C: 75 * KR }, ['A', 'C'])).toEqual({ A: 250, C: 750 });
    const odd = splitProportionally(1_001, { A: 1, B: 1, C: 1 }, ['A', 'B', 'C']);
    expect(odd).toEqual({ A: 335, B: 333, C: 333 });
  });
});
