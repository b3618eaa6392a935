// Which letter a decision's outcome gives.
import type { DecisionOutcome } from '../decision';
import type { LetterKind } from '../letter';

export const LETTER_KIND_BY_OUTCOME: Record<DecisionOutcome, LetterKind> = {
  innvilget: 'innvilgelse',
  delvis_innvilget: 'delvis_innvilgelse',
  avslatt: 'avslag',
  avvist: 'avvisning',
};

export function letterKindForOutcome(outcome: DecisionOutcome): LetterKind {
  return LETTER_KIND_BY_OUTCOME[outcome];
}

export function isGrantOutcome(outcome: DecisionOutcome): boolean {
  return outcome === 'innvilget' || outcome === 'delvis_innvilget';
}

/** The kinds that tell a decision itself; reminders, claims and forwarding letters are follow-ups. */
export const DECISION_LETTER_KINDS: ReadonlySet<LetterKind> = new Set(Object.values(LETTER_KIND_BY_OUTCOME));

export function isDecisionLetterKind(kind: LetterKind): boolean {
  return DECISION_LETTER_KINDS.has(kind);
}
