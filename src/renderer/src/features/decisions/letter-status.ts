// The rule lives in the domain (the overview counts by it too); the decisions pages import it here.
import type { AppDatabase } from '@renderer/data/db';
import type { LetterHead } from '@renderer/domain/letter-head';

export { letterHead, letterStatus, needsLetter, type LetterHead, type LetterStatus } from '@renderer/domain/decisions/letter-status';

/**
 * The heads (no PDF bytes) of the letters of these decisions, from the slim table kept in step with
 * every letter write (schema v14). Call inside a read transaction that includes db.letterHeads.
 */
export function readLetterHeads(db: AppDatabase, decisionIds: readonly string[]): Promise<LetterHead[]> {
  return db.letterHeads.where('decisionId').anyOf([...decisionIds]).toArray();
}
