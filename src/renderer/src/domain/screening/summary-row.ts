// The one-word result of an application's screening, kept in a slim table of its own so the big
// list can read 50 000 of them without reading (and deserialising) every rule's reason text.
import type { Screening, ScreeningOutcome } from '../screening';
import { effectiveResults } from './effective';
import { screeningSummary } from './summary';

export interface ScreeningSummaryRow {
  applicationId: string;
  summary: ScreeningOutcome;
  /** The application's call (from v17), so Oversikt counts a call's results on an index. */
  callId?: string;
}

/** The summary row of a stored screening, after the officer's overrides. */
export function summaryRowOf(
  screening: Pick<Screening, 'applicationId' | 'results' | 'overrides'>,
  /** The application's call; undefined only where the row is not stored (or v17 fills it in). */
  callId: string | undefined,
): ScreeningSummaryRow {
  const row: ScreeningSummaryRow = {
    applicationId: screening.applicationId,
    summary: screeningSummary(effectiveResults(screening.results, screening.overrides)),
  };
  if (callId !== undefined) row.callId = callId;
  return row;
}
