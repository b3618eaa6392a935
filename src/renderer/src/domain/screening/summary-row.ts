// The one-word result of an application's screening, kept in a slim table of its own so the big
// list can read 50 000 of them without reading (and deserialising) every rule's reason text.
import type { Screening, ScreeningOutcome } from '../screening';
import { effectiveResults } from './effective';
import { screeningSummary } from './summary';

export interface ScreeningSummaryRow {
  applicationId: string;
  summary: ScreeningOutcome;
}

/** The summary row of a stored screening, after the officer's overrides. */
export function summaryRowOf(screening: Pick<Screening, 'applicationId' | 'results' | 'overrides'>): ScreeningSummaryRow {
  return {
    applicationId: screening.applicationId,
    summary: screeningSummary(effectiveResults(screening.results, screening.overrides)),
  };
}
