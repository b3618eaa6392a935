import { describe, expect, it } from 'vitest';
import { defaultCallRules } from '@renderer/domain/call';
import { isSplitPayment, paymentPlan } from '@renderer/domain/decisions/payment-plan';

const KR = 100;
const rules = defaultCallRules(2020);

describe('paymentPlan (R11)', () => {
  it('pays exactly 30 000 kr in one term', () => {
    expect(isSplitPayment(30_000 * KR, rules)).toBe(false);
    expect(paymentPlan(30_000 * KR, rules, 2020, '2020-04-06')).toEqual([
      { term: 1, amountOre: 30_000 * KR, dueDate: '2020-04-06' },
    ]);
  });

  it('splits anything above 30 000 kr into spring and autumn, in whole kroner', () => {
    expect(paymentPlan(30_001 * KR, rules, 2020, '2020-04-06')).toEqual([
      { term: 1, amountOre: 15_001 * KR, dueDate: '2020-04-06' },
      { term: 2, amountOre: 15_000 * KR, dueDate: '2020-09-01' },
    ]);
    const odd = paymentPlan(30_000 * KR + 1, rules, 2020, '2020-04-06');
    expect(odd.map((p) => p.amountOre)).toEqual([1_500_100, 1_499_901]);
  });

  it('follows the call threshold, and a late first term moves the autumn term with it', () => {
    const plan = paymentPlan(20_000 * KR, { splitPaymentThresholdOre: 10_000 * KR }, 2020, '2020-10-01');
    expect(plan.map((p) => p.dueDate)).toEqual(['2020-10-01', '2020-10-01']);
  });

  it('has no terms without a grant', () => {
    expect(paymentPlan(0, rules, 2020, '2020-04-06')).toEqual([]);
  });
});
