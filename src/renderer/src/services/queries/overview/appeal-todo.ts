// «Å gjøre»: a call's appeals waiting for the municipality's own review (fvl. § 33): registered,
// or reviewed and upheld but not yet forwarded to IMDi. The stage rule is domain/appeals/stage.ts.
import type { AppDatabase } from '@renderer/data/db';
import { isAppealOpen } from '@renderer/domain/appeals/stage';

export async function countOpenAppeals(db: AppDatabase, callId: string): Promise<number> {
  return db.transaction('r', [db.decisions, db.appeals], async () => {
    // The call's decisions on their callId index (schema v22).
    const decisionIds = await db.decisions.where('callId').equals(callId).primaryKeys();
    const appeals = await db.appeals.where('decisionId').anyOf(decisionIds).toArray();
    return appeals.filter(isAppealOpen).length;
  });
}
