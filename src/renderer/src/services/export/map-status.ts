// The format's words for a decision, a report and an appeal (docs/formats/imdi-eksport.md).
import type { Appeal } from '@renderer/domain/appeal';
import type { DecisionOutcome } from '@renderer/domain/decision';
import type { Report } from '@renderer/domain/report';
import { reportStatus, type ReportStatus } from '@renderer/domain/reports/report-status';
import type { ImdiKlage, ImdiRapport, ImdiVedtak } from './imdi-export-data';
import { compareIso } from '@renderer/domain/collate';

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
 * The latest report decides (domain/reports/report-status.ts); without one, the call's report due
 * date does. Not granted → nothing to report.
 */
export function rapportOf(
  outcome: DecisionOutcome,
  reports: readonly Report[],
  callReportDueDate: string,
  today: string,
): ImdiRapport {
  if (!isGranted(outcome)) return 'ikke aktuelt';
  const latest = reports.toSorted((a, b) => compareIso(a.createdAt, b.createdAt)).at(-1);
  return RAPPORT[reportStatus(latest, latest?.dueDate ?? callReportDueDate, today)];
}

const RAPPORT: Record<ReportStatus, ImdiRapport> = {
  godkjent: 'godkjent',
  mottatt: 'mottatt',
  forfalt: 'ikke mottatt',
  forfaller_snart: 'ikke forfalt',
  ikke_forfalt: 'ikke forfalt',
};

/**
 * The latest appeal's stage. IMDi's "opphevet" (sent back to the municipality) counts as
 * "IMDi: omgjort": the municipality's decision did not stand.
 */
export function klageOf(appeals: readonly Appeal[]): ImdiKlage {
  const latest = appeals
    .toSorted((a, b) =>
      a.receivedDate !== b.receivedDate
        ? compareIso(a.receivedDate, b.receivedDate)
        : compareIso(a.createdAt, b.createdAt),
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
