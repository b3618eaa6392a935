// Where a decision's letter stands: none yet, made, made before the decision last changed, or sent.
import type { Decision } from '@renderer/domain/decision';
import type { Letter } from '@renderer/domain/letter';
import { isDecisionLetterKind } from '@renderer/domain/decisions/letter-kind';
import { letterHeadOf, type LetterHead } from '@renderer/domain/letter-head';
import type { AppDatabase } from '@renderer/data/db';

export type { LetterHead } from '@renderer/domain/letter-head';

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

/**
 * The heads of the decisions' letters, from the slim table (schema v14): no PDF is read. Call it
 * inside a read transaction that includes `db.letterHeads` when the result must agree with other reads.
 */
export function readLetterHeads(db: AppDatabase, decisionIds: readonly string[]): Promise<LetterHead[]> {
  return db.letterHeads.where('decisionId').anyOf([...decisionIds]).toArray();
}
