// A grant's payment terms (R11) as the letter states them, and the money figures of a grant:
// paid so far, still to pay, and what to claim back when a new decision grants less than was paid.
import type { CallRules } from '../call';
import { acceptanceDeadline } from '../decisions/deadlines';
import { paymentPlan, type PlannedPayment } from '../decisions/payment-plan';
import type { Payment } from '../payment';

/**
 * The terms to release for a grant. The plan is the letter's (paymentPlan from the letter's
 * acceptance deadline); what earlier decisions of the same application already paid is taken off
 * the earliest terms first, so the grant's paid total never passes the amount granted.
 */
export function grantTerms(
  grantedOre: number,
  rules: Pick<CallRules, 'splitPaymentThresholdOre'>,
  year: number,
  letterDate: string,
  alreadyPaidOre = 0,
): PlannedPayment[] {
  let paid = alreadyPaidOre;
  const out: PlannedPayment[] = [];
  for (const term of paymentPlan(grantedOre, rules, year, acceptanceDeadline(letterDate))) {
    const taken = Math.min(paid, term.amountOre);
    paid -= taken;
    if (term.amountOre - taken > 0) out.push({ ...term, amountOre: term.amountOre - taken });
  }
  return out;
}

/** Sum of the terms actually paid (paidDate set). */
export function paidTotalOre(payments: readonly Pick<Payment, 'amountOre' | 'paidDate'>[]): number {
  return payments.reduce((sum, p) => sum + (p.paidDate ? p.amountOre : 0), 0);
}

/** Paid beyond what the current decision grants: the amount to claim back (0 when none). */
export function overpaidOre(paidOre: number, grantedOre: number): number {
  return Math.max(0, paidOre - grantedOre);
}

export type TermState = 'frigitt' | 'forfalt' | 'utbetalt';

/** A term in the list: released (and perhaps due or paid), or still planned while acceptance waits. */
export type TermRowState = TermState | 'venter_aksept';

/** A released term is due (forfalt) from its due date; paid once it has a paid date. */
export function termState(payment: Pick<Payment, 'dueDate' | 'paidDate'>, today: string): TermState {
  if (payment.paidDate) return 'utbetalt';
  return payment.dueDate <= today ? 'forfalt' : 'frigitt';
}
