// «Å gjøre»: a call's reports due within 30 days and overdue (R12), and its repayment claims not
// yet paid back (R13), by the report list's and the claims' own status rules.
import type { AppDatabase } from '@renderer/data/db';
import { isClaimOutstanding, repaymentStatus } from '@renderer/domain/repayments/settlement';
import { loadReportRows, type ReportRow } from '../report-list';

export interface ReportTodo {
  reportsDueSoon: number;
  reportsOverdue: number;
  claimsUnpaid: number;
}

export function reportTodoOf(rows: readonly ReportRow[], today: string): ReportTodo {
  const claims = rows.flatMap((r) => r.claims);
  return {
    reportsDueSoon: rows.filter((r) => r.status === 'forfaller_snart').length,
    reportsOverdue: rows.filter((r) => r.status === 'forfalt').length,
    claimsUnpaid: claims.filter((c) => isClaimOutstanding(repaymentStatus(c, today))).length,
  };
}

export async function countReportTodo(db: AppDatabase, callId: string, today: string): Promise<ReportTodo> {
  const rows = (await loadReportRows(db, today)).filter((r) => r.call.id === callId);
  return reportTodoOf(rows, today);
}
