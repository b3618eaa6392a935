// What Oversikt reads first, in one query so it paints in one go: the calls, the one to show
// (the chosen one, else the call in progress) and its counts, all from indexes.
import type { AppDatabase } from '@renderer/data/db';
import { currentCallId, listOverviewCalls, type OverviewCall } from './calls';
import { countScreeningResults, type ScreeningCounts } from './screening-counts';
import { countApplicationsByStatus, type StatusCounts } from './status-counts';

export interface OverviewFirstView {
  calls: OverviewCall[];
  callId: string | undefined;
  counts: { status: StatusCounts; screening: ScreeningCounts } | undefined;
}

export async function readOverviewFirstView(db: AppDatabase, chosenCallId: string | undefined): Promise<OverviewFirstView> {
  const calls = await listOverviewCalls(db);
  const callId = chosenCallId !== undefined && calls.some((c) => c.id === chosenCallId) ? chosenCallId : currentCallId(calls);
  if (callId === undefined) return { calls, callId, counts: undefined };
  const [status, screening] = await Promise.all([countApplicationsByStatus(db, callId), countScreeningResults(db, callId)]);
  return { calls, callId, counts: { status, screening } };
}
