// Version 12: repayment claims (R13) get a table of their own, and reports learn the rest of the
// checklist (R12): which audit document came, whether the unused amount is stated, and who
// approved when. Existing reports keep what they said: an approved or repaying report had its
// unused amount stated, and its approval is kept without a name or date it never had.
import type { Report } from '@renderer/domain/report';
import type { SchemaVersion } from './schema-version';

type ReportBefore = Omit<Report, 'unusedAmountStated'> & { unusedAmountStated?: boolean };

/** The v12 rule for a report written before: stated if approved or an unused amount was entered. */
export function withUnusedAmountStated<R extends Pick<ReportBefore, 'approved' | 'unusedAmountOre' | 'unusedAmountStated'>>(report: R): R {
  return { ...report, unusedAmountStated: report.unusedAmountStated ?? (report.approved || report.unusedAmountOre > 0) };
}

export const v12: SchemaVersion = {
  version: 12,
  stores: { repayments: 'id, decisionId, reportId, deadline' },
  upgrade: async (tx) => {
    await tx
      .table<ReportBefore>('reports')
      .toCollection()
      .modify((report) => {
        report.unusedAmountStated = withUnusedAmountStated(report).unusedAmountStated;
      });
  },
};
