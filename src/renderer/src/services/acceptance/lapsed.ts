// Which of the given decisions lapsed for want of acceptance (R11): their grants free the frame.
import type { AppDatabase } from '@renderer/data/db';

export async function lapsedDecisionIds(db: AppDatabase, decisionIds: readonly string[]): Promise<Set<string>> {
  if (decisionIds.length === 0) return new Set();
  const rows = await db.acceptances.where('decisionId').anyOf([...decisionIds]).toArray();
  return new Set(rows.filter((a) => a.status === 'bortfalt').map((a) => a.decisionId));
}
