// Where a grant's report stands (R12): approved, received, or by its due date not due, due within
// 30 days, or overdue. Overdue means the due date has passed: a report that comes on the due day
// is in time.
import { addDays } from '../decisions/deadlines';
import type { Report } from '../report';

export type ReportStatus = 'ikke_forfalt' | 'forfaller_snart' | 'forfalt' | 'mottatt' | 'godkjent';

export const REPORT_STATUSES: readonly ReportStatus[] = ['ikke_forfalt', 'forfaller_snart', 'forfalt', 'mottatt', 'godkjent'];

/** "Due soon" window: the officer sees what is coming a month ahead. */
export const DUE_SOON_DAYS = 30;

type ReportFacts = Pick<Report, 'approved' | 'receivedDate'>;

/** `report` is undefined while nothing is registered; `dueDate` is the report's or the call's. */
export function reportStatus(report: ReportFacts | undefined, dueDate: string, today: string): ReportStatus {
  if (report?.approved) return 'godkjent';
  if (report?.receivedDate) return 'mottatt';
  if (today > dueDate) return 'forfalt';
  if (addDays(today, DUE_SOON_DAYS) >= dueDate) return 'forfaller_snart';
  return 'ikke_forfalt';
}

/** The checklist items still missing before a report can be approved, in Norwegian. */
export function approvalProblems(
  report: Pick<
    Report,
    'receivedDate' | 'annualReportReceived' | 'accountsReceived' | 'auditRequired' | 'auditedAccountsReceived' | 'unusedAmountStated'
  >,
): string[] {
  const problems: string[] = [];
  if (!report.receivedDate) problems.push('datoen rapporten kom inn');
  if (!report.annualReportReceived) problems.push('årsrapporten');
  if (!report.accountsReceived) problems.push('regnskapet');
  if (report.auditRequired && !report.auditedAccountsReceived) problems.push('revidert regnskap eller revisorberetning');
  if (!report.unusedAmountStated) problems.push('ubrukt beløp');
  return problems;
}
