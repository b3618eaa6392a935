// The format's words for a decision, a report and an appeal (docs/formats/imdi-eksport.md).
import type { Appeal } from '@renderer/domain/appeal';
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { Report } from '@renderer/domain/report';
import type { ImdiKlage, ImdiRapport, ImdiVedtak } from './imdi-export-data';

const VEDTAK: Record<DecisionOutcome, ImdiVedtak> = {
  innvilget: 'innvilget',
  delvis_innvilget: 'delvis innvilget',
  avslatt: 'avslått',
  avvist: 'avvist',
};

export function vedtakOf(outcome: DecisionOutcome): ImdiVedtak {
  return VEDTAK[outcome];
}

export function isGranted(outcome: DecisionOutcome): boolean {
  return outcome === 'innvilget' || outcome === 'delvis_innvilget';
}

/**
 * The latest report decides; without one, the call's report due date does. Not granted → nothing
 * to report.
 */
export function rapportOf(
  outcome: DecisionOutcome,
  reports: readonly Report[],
  callReportDueDate: string,
  today: string,
): ImdiRapport {
  if (!isGranted(outcome)) return 'ikke aktuelt';
  if (reports.some((r) => r.approved)) return 'godkjent';
  if (reports.some((r) => r.receivedDate !== undefined || r.annualReportReceived)) return 'mottatt';
  const due = reports.map((r) => r.dueDate).sort().at(-1) ?? callReportDueDate;
  return due < today ? 'ikke mottatt' : 'ikke forfalt';
}

/**
 * The latest appeal's stage. IMDi's "opphevet" (sent back to the municipality) counts as
 * "IMDi: omgjort": the municipality's decision did not stand.
 */
export function klageOf(appeals: readonly Appeal[]): ImdiKlage {
  const latest = appeals
    .toSorted((a, b) =>
      a.receivedDate !== b.receivedDate
        ? a.receivedDate.localeCompare(b.receivedDate)
        : a.createdAt.localeCompare(b.createdAt),
    )
    .at(-1);
  if (!latest) return 'nei';
  if (latest.imdiOutcome === 'opprettholdt') return 'IMDi: stadfestet';
  if (latest.imdiOutcome) return 'IMDi: omgjort';
  if (latest.forwardedToImdiDate) return 'oversendt IMDi';
  if (latest.ownReview === 'omgjort') return 'omgjort';
  if (!latest.withinDeadline && latest.lateConsidered === false) return 'avvist';
  return 'under behandling';
}
