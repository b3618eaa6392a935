// R11: one payment, or two (spring and autumn) when the grant is ABOVE the call's threshold.
import type { CallRules } from '../call';
import type { PaymentTerm } from '../payment';

export interface PlannedPayment {
  term: PaymentTerm;
  amountOre: number;
  dueDate: string;
}

/** Above, not at: exactly the threshold (30 000 kr in 2020) is still paid at once. */
export function isSplitPayment(grantedOre: number, rules: Pick<CallRules, 'splitPaymentThresholdOre'>): boolean {
  return grantedOre > rules.splitPaymentThresholdOre;
}

/** The autumn term is due 1 September of the grant year, or with the first term if that is later. */
export function autumnDueDate(year: number, firstDueDate: string): string {
  const autumn = `${year}-09-01`;
  return firstDueDate > autumn ? firstDueDate : autumn;
}

/**
 * The payment terms of a grant. `firstDueDate` is when the first (or only) term falls due,
 * normally the acceptance deadline. Spring gets the larger half in whole kroner, so a grant in
 * whole kroner is paid in whole kroner.
 */
export function paymentPlan(
  grantedOre: number,
  rules: Pick<CallRules, 'splitPaymentThresholdOre'>,
  year: number,
  firstDueDate: string,
): PlannedPayment[] {
  if (grantedOre <= 0) return [];
  if (!isSplitPayment(grantedOre, rules)) return [{ term: 1, amountOre: grantedOre, dueDate: firstDueDate }];
  const spring = Math.min(grantedOre, Math.ceil(grantedOre / 200) * 100);
  return [
    { term: 1, amountOre: spring, dueDate: firstDueDate },
    { term: 2, amountOre: grantedOre - spring, dueDate: autumnDueDate(year, firstDueDate) },
  ];
}
