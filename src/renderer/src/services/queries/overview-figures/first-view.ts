// What Oversikt reads first, in one query so it paints in one go: the calls, the one to show
// (the chosen one, else the call in progress) and its counts, all from indexes.
import type { AppDatabase } from '@renderer/data/db';
import { currentCallId, listOverviewCalls, overviewCallsOf, type OverviewCall } from './calls';
import { countScreeningResults, type ScreeningCounts } from './screening-counts';
import { countApplicationsByStatus, type StatusCounts } from './status-counts';

export interface OverviewFirstView {
  calls: OverviewCall[];
  callId: string | undefined;
  counts: { status: StatusCounts; screening: ScreeningCounts } | undefined;
}

/** `known`: the calls when the page has read them already, which spares a round trip before the counts. */
export async function readOverviewFirstView(db: AppDatabase, chosenCallId: string | undefined, known?: readonly OverviewCall[]): Promise<OverviewFirstView> {
  const calls = known ? overviewCallsOf(known) : await listOverviewCalls(db);
  const callId = chosenCallId !== undefined && calls.some((c) => c.id === chosenCallId) ? chosenCallId : currentCallId(calls);
  if (callId === undefined) return { calls, callId, counts: undefined };
  const [status, screening] = await Promise.all([countApplicationsByStatus(db, callId), countScreeningResults(db, callId)]);
  return { calls, callId, counts: { status, screening } };
}
