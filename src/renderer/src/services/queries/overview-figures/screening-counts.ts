// Applications of a call by screening result (R1–R8, after the officer's overrides). Reads only
// the application ids (an index) and the slim summary rows, never the applications themselves.
import type { AppDatabase } from '@renderer/data/db';
import type { ScreeningOutcome } from '@renderer/domain/screening';

/** A screening's outcome, or «not screened yet» for an application without one. */
export type ScreeningResult = ScreeningOutcome | 'ikke_vurdert';
export type ScreeningCounts = Record<ScreeningResult, number>;

export const SCREENING_RESULTS: readonly ScreeningResult[] = ['bestatt', 'skjonn', 'ikke_bestatt', 'ikke_vurdert'];

/** Withdrawn applications are left out: nothing more is decided on them. */
export async function countScreeningResults(db: AppDatabase, callId: string): Promise<ScreeningCounts> {
  return db.transaction('r', db.applications, db.screeningSummaries, async () => {
    const [ids, withdrawn] = await Promise.all([
      db.applications.where('callId').equals(callId).primaryKeys(),
      db.applications.where('[callId+status]').equals([callId, 'trukket']).primaryKeys(),
    ]);
    const skip = new Set(withdrawn);
    const counted = ids.filter((id) => !skip.has(id));
    const summaries = await db.screeningSummaries.bulkGet(counted);
    const counts: ScreeningCounts = { bestatt: 0, skjonn: 0, ikke_bestatt: 0, ikke_vurdert: 0 };
    for (const row of summaries) counts[row?.summary ?? 'ikke_vurdert']++;
    return counts;
  });
}
