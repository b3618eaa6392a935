// Applications of a call by screening result (R1–R8, after the officer's overrides), counted on
// the summaries' [callId+summary] index (schema v17): no row is read but the few withdrawn ones.
import type { AppDatabase } from '@renderer/data/db';
import type { ScreeningOutcome } from '@renderer/domain/screening';

/** A screening's outcome, or «not screened yet» for an application without one. */
export type ScreeningResult = ScreeningOutcome | 'ikke_vurdert';
export type ScreeningCounts = Record<ScreeningResult, number>;

export const SCREENING_RESULTS: readonly ScreeningResult[] = ['bestatt', 'skjonn', 'ikke_bestatt', 'ikke_vurdert'];
const OUTCOMES: readonly ScreeningOutcome[] = ['bestatt', 'skjonn', 'ikke_bestatt'];

export interface ScreenedOutcomes {
  /** The screened applications by outcome, withdrawn ones left out. */
  screened: Omit<ScreeningCounts, 'ikke_vurdert'>;
  withdrawn: number;
}

/** The call's screened applications by outcome, and how many were withdrawn; run inside a transaction over applications and screeningSummaries. */
export async function countScreenedOutcomes(db: AppDatabase, callId: string): Promise<ScreenedOutcomes> {
  const [withdrawn, ...byOutcome] = await Promise.all([
    db.applications.where('[callId+status]').equals([callId, 'trukket']).primaryKeys(),
    ...OUTCOMES.map((summary) => db.screeningSummaries.where('[callId+summary]').equals([callId, summary]).count()),
  ]);
  const screened = { bestatt: 0, skjonn: 0, ikke_bestatt: 0 };
  OUTCOMES.forEach((outcome, i) => (screened[outcome] = byOutcome[i] ?? 0));
  if (withdrawn.length > 0) for (const row of await db.screeningSummaries.bulkGet(withdrawn)) if (row?.callId === callId) screened[row.summary]--;
  return { screened, withdrawn: withdrawn.length };
}

/** The counts from the call's number of applications (withdrawn included) and its screened outcomes. */
export function screeningCountsOf(applications: number, { screened, withdrawn }: ScreenedOutcomes): ScreeningCounts {
  const counted = screened.bestatt + screened.skjonn + screened.ikke_bestatt;
  return { ...screened, ikke_vurdert: Math.max(0, applications - withdrawn - counted) };
}

/** Withdrawn applications are left out: nothing more is decided on them. */
export async function countScreeningResults(db: AppDatabase, callId: string): Promise<ScreeningCounts> {
  return db.transaction('r', db.applications, db.screeningSummaries, async () => {
    const [applications, outcomes] = await Promise.all([db.applications.where('callId').equals(callId).count(), countScreenedOutcomes(db, callId)]);
    return screeningCountsOf(applications, outcomes);
  });
}
