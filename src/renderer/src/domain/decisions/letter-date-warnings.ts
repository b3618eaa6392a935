// Dates that do not fit the grant year: a letter dated after it asks the money to be used in a
// year that is over, and payment terms or an acceptance deadline after it fall outside the year
// the grant is booked in (R13). A warning, not a refusal: an old call may be decided on purpose
// (e.g. a reversal after an appeal).
import type { CallRules } from '../call';
import type { DecisionOutcome } from '../decision';
import { formatDate } from '../vocabulary/format';
import { acceptanceDeadline } from './deadlines';
import { isGrantOutcome } from './letter-kind';
import { paymentPlan } from './payment-plan';

export interface LetterDateInput {
  letterDate: string;
  year: number;
  outcome: DecisionOutcome;
  amountGrantedOre: number;
  rules: Pick<CallRules, 'splitPaymentThresholdOre'>;
}

const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));

/** Norwegian warnings, empty when every date falls in the grant year. */
export function letterDateWarnings(input: LetterDateInput): string[] {
  const { letterDate, year } = input;
  const out: string[] = [];
  if (yearOf(letterDate) > year) {
    out.push(
      `Brevet dateres ${formatDate(letterDate)}, etter tilskuddsåret ${year}` +
        (isGrantOutcome(input.outcome) ? `, men tilskuddet skal brukes og føres i ${year}.` : '.'),
    );
  }
  if (!isGrantOutcome(input.outcome) || input.amountGrantedOre <= 0) return out;
  const accept = acceptanceDeadline(letterDate);
  if (yearOf(accept) > year) {
    out.push(`Fristen for å akseptere vilkårene (${formatDate(accept)}) er etter tilskuddsåret ${year}.`);
  }
  for (const p of paymentPlan(input.amountGrantedOre, input.rules, year, accept)) {
    if (yearOf(p.dueDate) > year) {
      out.push(`Utbetalingen i termin ${p.term} forfaller ${formatDate(p.dueDate)}, etter tilskuddsåret ${year}.`);
    }
  }
  return out;
}
