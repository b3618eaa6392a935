// «Å gjøre»: a call's undecided applications that are not screened, or whose screening leaves a
// rule to the officer's judgement. Counted from the [callId+status] index and the slim summary
// table's [callId+summary] index (schema v17), keys only: no application or summary row is read.
import type { AppDatabase } from '@renderer/data/db';
import { APPLICATION_STATUSES } from '@renderer/domain/list-values';
import { isApplicationEditable } from '@renderer/domain/workflow';
import { screeningOutcomeSchema, type ScreeningOutcome } from '@renderer/domain/screening';

export interface ScreeningTodo {
  unscreened: number;
  needsJudgement: number;
}

/** The statuses in which a case still waits for the officer (not decided, not withdrawn). */
export const PENDING_STATUSES = APPLICATION_STATUSES.filter(isApplicationEditable);

/**
 * The call's pending applications' ids: one range of the [callId+status] index per status, all sent
 * at once (anyOf walked one cursor step per key: ~37 500 steps, seconds, for a big call).
 */
export async function pendingApplicationIds(db: AppDatabase, callId: string): Promise<string[]> {
  const perStatus = await Promise.all(PENDING_STATUSES.map((status) => db.applications.where('[callId+status]').equals([callId, status]).primaryKeys()));
  return perStatus.flat();
}

/**
 * The summaries of `ids`: those stored with the call from its [callId+summary] index (keys only, one
 * range per result), the rest (none stored, or a row from before v17 without its call) one by one.
 */
async function summariesOf(db: AppDatabase, callId: string, ids: readonly string[]): Promise<Map<string, ScreeningOutcome>> {
  const outcomes = screeningOutcomeSchema.options;
  const keys = await Promise.all(outcomes.map((summary) => db.screeningSummaries.where('[callId+summary]').equals([callId, summary]).primaryKeys()));
  const found = new Map<string, ScreeningOutcome>();
  keys.forEach((ofOutcome, i) => ofOutcome.forEach((id) => found.set(id, outcomes[i]!)));
  const rest = ids.filter((id) => !found.has(id));
  if (rest.length > 0) {
    for (const row of await db.screeningSummaries.bulkGet(rest)) if (row) found.set(row.applicationId, row.summary);
  }
  return found;
}

export async function countScreeningTodo(db: AppDatabase, callId: string): Promise<ScreeningTodo> {
  return db.transaction('r', db.applications, db.screeningSummaries, async () => {
    const ids = await pendingApplicationIds(db, callId);
    const summaries = await summariesOf(db, callId, ids);
    let unscreened = 0;
    let needsJudgement = 0;
    for (const id of ids) {
      const summary = summaries.get(id);
      if (!summary) unscreened++;
      else if (summary === 'skjonn') needsJudgement++;
    }
    return { unscreened, needsJudgement };
  });
}
