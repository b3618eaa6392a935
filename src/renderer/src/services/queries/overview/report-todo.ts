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

/** Reads only the call's grants: its decisions' keys on their callId index (schema v22). */
export async function countReportTodo(db: AppDatabase, callId: string, today: string): Promise<ReportTodo> {
  const decisionIds = await db.decisions.where('callId').equals(callId).primaryKeys();
  if (decisionIds.length === 0) return reportTodoOf([], today);
  return reportTodoOf(await loadReportRows(db, today, decisionIds), today);
}
