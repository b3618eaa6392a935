// «Å gjøre»: a call's undecided applications that are not screened, or whose screening leaves a
// rule to the officer's judgement. Counted from the [callId+status] index and the slim summary
// table (schema v5): no application row is read.
import type { AppDatabase } from '@renderer/data/db';
import { APPLICATION_STATUSES } from '@renderer/domain/list-values';
import { isApplicationEditable } from '@renderer/domain/workflow';

export interface ScreeningTodo {
  unscreened: number;
  needsJudgement: number;
}

/** The statuses in which a case still waits for the officer (not decided, not withdrawn). */
export const PENDING_STATUSES = APPLICATION_STATUSES.filter(isApplicationEditable);

export async function pendingApplicationIds(db: AppDatabase, callId: string): Promise<string[]> {
  return db.applications
    .where('[callId+status]')
    .anyOf(PENDING_STATUSES.map((status) => [callId, status]))
    .primaryKeys();
}

export async function countScreeningTodo(db: AppDatabase, callId: string): Promise<ScreeningTodo> {
  return db.transaction('r', db.applications, db.screeningSummaries, async () => {
    const ids = await pendingApplicationIds(db, callId);
    const summaries = await db.screeningSummaries.bulkGet(ids);
    let unscreened = 0;
    let needsJudgement = 0;
    for (const s of summaries) {
      if (!s) unscreened++;
      else if (s.summary === 'skjonn') needsJudgement++;
    }
    return { unscreened, needsJudgement };
  });
}
