import { describe, expect, it } from 'vitest';
import {
  callBudget,
  type BudgetApplication,
  type BudgetDecision,
} from '@renderer/domain/call-budget';

const KR = 100;
const AT = '2020-04-01T10:00:00.000Z';

const app = (id: string, subGoals: BudgetApplication['subGoals'], kroner: number, status: BudgetApplication['status'] = 'vurdert'): BudgetApplication =>
  ({ id, subGoals, amountAppliedOre: kroner * KR, status });

const decision = (id: string, applicationId: string, kroner: number, extra: Partial<BudgetDecision> = {}): BudgetDecision => ({
  id,
  applicationId,
  amountGrantedOre: kroner * KR,
  decidedAt: '2020-04-01',
  createdAt: AT,
  ...extra,
});

describe('callBudget', () => {
  const call = { budgetFrameOre: 200_000 * KR, subGoalFramesOre: { A: 50_000 * KR, C: 100_000 * KR } };

  it('counts a multi-sub-goal application once in the total and splits it between its sub-goals', () => {
    const budget = callBudget(
      call,
      [app('a1', ['A', 'C'], 60_000), app('a2', ['B'], 20_000), app('a3', ['A', 'B', 'C'], 10_000)],
      [decision('d1', 'a1', 40_000), decision('d3', 'a3', 10_000)],
    );

    expect(budget.total).toEqual({
      frameOre: 200_000 * KR,
      appliedOre: 90_000 * KR,
      grantedOre: 50_000 * KR,
      leftOre: 150_000 * KR,
      applicationCount: 3,
    });
    // 10 000 kr over three sub-goals in whole kroner: A gets the odd krone.
    expect(budget.bySubGoal.A).toEqual({
      frameOre: 50_000 * KR,
      appliedOre: (30_000 + 3_334) * KR,
      grantedOre: (20_000 + 3_334) * KR,
      leftOre: 50_000 * KR - (20_000 + 3_334) * KR,
      applicationCount: 2,
    });
    expect(budget.bySubGoal.B).toMatchObject({ frameOre: undefined, leftOre: undefined, appliedOre: (20_000 + 3_333) * KR });
    const sum = (key: 'appliedOre' | 'grantedOre') =>
      budget.bySubGoal.A[key] + budget.bySubGoal.B[key] + budget.bySubGoal.C[key];
    expect(sum('appliedOre')).toBe(budget.total.appliedOre);
    expect(sum('grantedOre')).toBe(budget.total.grantedOre);
  });

  it("counts a decision's recorded split, not an equal one", () => {
    const budget = callBudget(
      call,
      [app('a1', ['A', 'C'], 60_000)],
      [decision('d1', 'a1', 40_000, { subGoalSplitOre: { A: 10_000 * KR, C: 30_000 * KR } })],
    );
    expect(budget.bySubGoal.A.grantedOre).toBe(10_000 * KR);
    expect(budget.bySubGoal.C.grantedOre).toBe(30_000 * KR);
    expect(budget.bySubGoal.C.leftOre).toBe(70_000 * KR);
  });

  it('falls back to the equal split when a recorded split no longer fits the amount', () => {
    const budget = callBudget(
      call,
      [app('a1', ['A', 'C'], 60_000)],
      [decision('d1', 'a1', 40_000, { subGoalSplitOre: { A: 1 * KR, C: 2 * KR } })],
    );
    expect(budget.bySubGoal.A.grantedOre).toBe(20_000 * KR);
    expect(budget.bySubGoal.C.grantedOre).toBe(20_000 * KR);
  });

  it('counts only the current decision when one supersedes another', () => {
    const budget = callBudget(
      call,
      [app('a1', ['A'], 60_000)],
      [decision('d1', 'a1', 60_000), decision('d2', 'a1', 30_000, { supersedesDecisionId: 'd1', decidedAt: '2020-05-01' })],
    );
    expect(budget.total.grantedOre).toBe(30_000 * KR);
    expect(budget.bySubGoal.A.grantedOre).toBe(30_000 * KR);
  });

  it('leaves withdrawn applications out and shows overspending as negative', () => {
    const budget = callBudget(
      { budgetFrameOre: 10_000 * KR },
      [app('a1', ['A'], 15_000), app('a2', ['B'], 5_000, 'trukket')],
      [decision('d1', 'a1', 15_000)],
    );
    expect(budget.total).toMatchObject({ appliedOre: 15_000 * KR, leftOre: -5_000 * KR, applicationCount: 1 });
    expect(budget.bySubGoal.B.applicationCount).toBe(0);
  });
});
