// Where a decision's letter stands: none yet, made, made before the decision last changed, or sent.
import type { Decision } from '../decision';
import type { Letter } from '../letter';
import { letterHeadOf, type LetterHead } from '../letter-head';
import { isDecisionLetterKind } from './letter-kind';

export type { LetterHead } from '../letter-head';

export type LetterStatus =
  | { kind: 'none' }
  | { kind: 'made'; letter: LetterHead }
  | { kind: 'outdated'; letter: LetterHead }
  | { kind: 'sent'; letter: LetterHead; sentDate: string };

/**
 * The newest decision letter decides; a sent one wins over later unsent ones (it is what the grantee
 * got). Follow-up letters (reminders, claims, forwarding) never stand for the decision.
 */
export function letterStatus(decision: Pick<Decision, 'id' | 'updatedAt' | 'lockedAt'>, letters: readonly LetterHead[]): LetterStatus {
  const own = letters
    .filter((l) => l.decisionId === decision.id && isDecisionLetterKind(l.kind)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const sent = own.find((l) => l.sentDate);
  if (sent?.sentDate) return { kind: 'sent', letter: sent, sentDate: sent.sentDate };
  const latest = own[0];
  if (!latest) return { kind: 'none' };
  // Same rule as markLetterSent: a letter older than the decision's last change tells the old one.
  if (!decision.lockedAt && latest.createdAt < decision.updatedAt) return { kind: 'outdated', letter: latest };
  return { kind: 'made', letter: latest };
}

/** Drops the PDF bytes: lists keep only what they show. */
export function letterHead(letter: Letter): LetterHead {
  return letterHeadOf(letter);
}

/** A decision still needs its letter: none made, or made before it last changed (locked ones have theirs). */
export function needsLetter(decision: Pick<Decision, 'lockedAt'>, status: LetterStatus): boolean {
  return !decision.lockedAt && (status.kind === 'none' || status.kind === 'outdated');
}
