// What Oversikt reads first, in one query so it paints in one go: the calls, the one to show
// (the chosen one, else the call in progress) and its counts, all from indexes.
import type { AppDatabase } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import { callInProgress, callsNewestFirst, currentCallId, listOverviewCalls, overviewCallsOf, type OverviewCall } from './calls';
import { countScreenedOutcomes, screeningCountsOf, type ScreeningCounts } from './screening-counts';
import { countApplicationsByStatus, type StatusCounts } from './status-counts';

export interface OverviewFirstView {
  calls: OverviewCall[];
  callId: string | undefined;
  counts: { status: StatusCounts; screening: ScreeningCounts } | undefined;
}

/** The page's start: every call (its chooser), and the first view of the call in progress. */
export interface OverviewStart {
  calls: Call[];
  view: OverviewFirstView;
}

/** The status counts sum to the call's applications, so the screening counts need not walk its index again. */
function countsOf(db: AppDatabase, callId: string): Promise<NonNullable<OverviewFirstView['counts']>> {
  return db.transaction('r', db.applications, db.screeningSummaries, async () => {
    const [status, outcomes] = await Promise.all([countApplicationsByStatus(db, callId), countScreenedOutcomes(db, callId)]);
    const applications = Object.values(status).reduce((a, b) => a + b, 0);
    return { status, screening: screeningCountsOf(applications, outcomes) };
  });
}

/** `known`: the calls when the page has read them already, which spares a round trip before the counts. */
export async function readOverviewFirstView(db: AppDatabase, chosenCallId: string | undefined, known?: readonly OverviewCall[]): Promise<OverviewFirstView> {
  const calls = known ? overviewCallsOf(known) : await listOverviewCalls(db);
  const callId = chosenCallId !== undefined && calls.some((c) => c.id === chosenCallId) ? chosenCallId : currentCallId(calls);
  if (callId === undefined) return { calls, callId, counts: undefined };
  return { calls, callId, counts: await countsOf(db, callId) };
}

/**
 * The calls and the counts of the call in progress in one read-only transaction, so the page can
 * start reading before it is drawn and draw its counts in its first frame.
 */
export function readOverviewStart(db: AppDatabase): Promise<OverviewStart> {
  return db.transaction('r', db.calls, db.applications, db.screeningSummaries, async () => {
    const calls = callsNewestFirst(await db.calls.toArray());
    const callId = callInProgress(calls)?.id;
    const view: OverviewFirstView = { calls: overviewCallsOf(calls), callId, counts: callId === undefined ? undefined : await countsOf(db, callId) };
    return { calls, view };
  });
}
