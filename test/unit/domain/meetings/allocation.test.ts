import { describe, expect, it } from 'vitest';
import { defaultCallRules } from '@renderer/domain/call';
import { formatMoney } from '@renderer/domain/vocabulary/format';
import {
  proposalBudget,
  proposalProblem,
  proposeAllocation,
  type AllocationCall,
  type AllocationItem,
} from '@renderer/domain/meetings/allocation';

const KR = 100;
const call = (frameKr: number, patch: Partial<AllocationCall> = {}): AllocationCall => ({
  budgetFrameOre: frameKr * KR,
  rules: defaultCallRules(2020),
  ...patch,
});
const item = (id: string, appliedKr: number, patch: Partial<AllocationItem> = {}): AllocationItem => ({
  applicationId: id,
  kind: 'prosjekt',
  subGoals: ['A'],
  amountAppliedOre: appliedKr * KR,
  eligible: true,
  ...patch,
});

describe('proposeAllocation', () => {
  it('fills by rank until the frame is spent and gives the next a part amount', () => {
    const items = [item('a', 60_000), item('b', 30_000), item('c', 50_000)];
    const out = proposeAllocation(call(100_000), items);
    expect([...out]).toEqual([
      ['a', 60_000 * KR],
      ['b', 30_000 * KR],
      ['c', 10_000 * KR],
    ]);
  });

  it('never exceeds the frame, in total or per sub-goal', () => {
    const c = call(100_000, { subGoalFramesOre: { B: 25_000 * KR } });
    const items = [
      item('a', 20_000, { subGoals: ['A', 'B'] }),
      item('b', 30_000, { subGoals: ['B'] }),
      item('c', 90_000, { subGoals: ['A'] }),
      item('d', 12_345, { subGoals: ['B', 'C'] }),
    ];
    const out = proposeAllocation(c, items);
    const budget = proposalBudget(c, items, out);
    expect(budget.total.grantedOre).toBeLessThanOrEqual(c.budgetFrameOre);
    expect(budget.bySubGoal.B.grantedOre).toBeLessThanOrEqual(25_000 * KR);
    // a takes 10 000 of B's frame; b gets the 15 000 left of B; c takes the rest of the total.
    expect(out.get('a')).toBe(20_000 * KR);
    expect(out.get('b')).toBe(15_000 * KR);
    expect(out.get('c')).toBe(65_000 * KR);
    expect(out.get('d')).toBe(0);
  });

  it('never goes below a single measure’s minimum (R5): too little left gives nothing', () => {
    const items = [item('a', 95_000), item('s', 20_000, { kind: 'enkelttiltak' }), item('p', 20_000)];
    const out = proposeAllocation(call(100_000), items);
    expect(out.get('s')).toBe(0); // 5 000 left is below 10 000
    expect(out.get('p')).toBe(5_000 * KR); // a project may get a part amount
  });

  it('skips applications that failed screening unless overridden, and keeps the project maximum', () => {
    const items = [item('x', 50_000, { eligible: false }), item('big', 1_500_000)];
    const out = proposeAllocation(call(2_000_000), items);
    expect(out.get('x')).toBe(0);
    expect(out.get('big')).toBe(1_000_000 * KR);
  });
});

describe('proposalProblem', () => {
  const items = [item('a', 60_000), item('b', 60_000), item('s', 20_000, { kind: 'aktivitet' })];
  const amounts = new Map([['a', 60_000 * KR]]);

  it('refuses an amount above the frame with the amount left', () => {
    expect(proposalProblem(call(100_000), items, amounts, items[1]!, 50_000 * KR)).toBe(
      `Forslaget går over rammen. Rammen er ${formatMoney(100_000 * KR)}, de andre forslagene bruker ` +
        `${formatMoney(60_000 * KR)}, og bare ${formatMoney(40_000 * KR)} er igjen.`,
    );
    expect(proposalProblem(call(100_000), items, amounts, items[1]!, 40_000 * KR)).toBeNull();
  });

  it('refuses below the minimum, above the amount applied for, and for a failed screening', () => {
    expect(proposalProblem(call(100_000), items, amounts, items[2]!, 5_000 * KR)).toContain(`minst ${formatMoney(10_000 * KR)}`);
    expect(proposalProblem(call(100_000), items, amounts, items[2]!, 25_000 * KR)).toContain(`høyst ${formatMoney(20_000 * KR)}`);
    const failed = { ...items[1]!, eligible: false };
    expect(proposalProblem(call(100_000), items, amounts, failed, 1_000 * KR)).toMatch(/ikke bestått/);
    expect(proposalProblem(call(100_000), items, amounts, failed, 0)).toBeNull();
  });
});
