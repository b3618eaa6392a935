// Which of the given decisions lapsed for want of acceptance (R11): their grants free the frame.
import type { AppDatabase } from '@renderer/data/db';
import { readWhereInWatched } from '@renderer/data/read-keys';
import type { Acceptance } from '@renderer/domain/acceptance';

/** An acceptance that lapsed: the grant is void and its amount free again. */
export const hasLapsed = (acceptance: Pick<Acceptance, 'status'>): boolean => acceptance.status === 'bortfalt';

// The call's budget reads this inside a live query (CallBudgetTable): an acceptance that lapses must
// re-run it, so the read is one the live query watches.
export async function lapsedDecisionIds(db: AppDatabase, decisionIds: readonly string[]): Promise<Set<string>> {
  if (decisionIds.length === 0) return new Set();
  const rows = await readWhereInWatched(db.acceptances, 'decisionId', decisionIds, (a) => a.decisionId);
  return new Set(rows.filter(hasLapsed).map((a) => a.decisionId));
}
