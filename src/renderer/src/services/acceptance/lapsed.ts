// Which of the given decisions lapsed for want of acceptance (R11): their grants free the frame.
import type { AppDatabase } from '@renderer/data/db';
import { readIndexAnyOf } from '@renderer/data/index-hop';

export async function lapsedDecisionIds(db: AppDatabase, decisionIds: readonly string[]): Promise<Set<string>> {
  if (decisionIds.length === 0) return new Set();
  // Called inside a list's read transaction: one cursor hopping over the keys.
  const rows = await readIndexAnyOf(db.acceptances, 'decisionId', decisionIds);
  return new Set(rows.filter((a) => a.status === 'bortfalt').map((a) => a.decisionId));
}
