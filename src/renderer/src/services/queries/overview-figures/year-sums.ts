// Applied, granted, paid and repaid per year, for the municipality or one organisation. Every
// amount is counted in the year of its call (the grant year, R13), so a year's row shows what
// that year's grants came to, even when a payment or a repayment fell in the next calendar year.
// Applied and granted follow the call budget's rules (withdrawn left out; the current decision,
// unless it lapsed); paid is every payment marked paid; repaid is what came back on claims.
import type { Application } from '@renderer/domain/application';
import type { BudgetDecision } from '@renderer/domain/call-budget';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Payment } from '@renderer/domain/payment';
import type { Repayment } from '@renderer/domain/repayment';
import { repaidOre } from '@renderer/domain/repayments/settlement';

export interface YearFigures {
  year: number;
  applicationCount: number;
  appliedOre: number;
  grantedOre: number;
  paidOre: number;
  repaidOre: number;
}

export interface YearSumsInput {
  calls: readonly Pick<Call, 'id' | 'year'>[];
  applications: readonly Pick<Application, 'id' | 'callId' | 'amountAppliedOre' | 'status'>[];
  decisions: readonly BudgetDecision[];
  lapsedDecisionIds: ReadonlySet<string>;
  payments: readonly Pick<Payment, 'decisionId' | 'amountOre' | 'paidDate'>[];
  repayments: readonly Pick<Repayment, 'decisionId' | 'payments'>[];
}

/** One row per year that has an application, oldest first. */
export function yearSums(input: YearSumsInput): YearFigures[] {
  const yearOfCall = new Map(input.calls.map((c) => [c.id, c.year]));
  const yearOfApplication = new Map<string, number>();
  const rows = new Map<number, YearFigures>();
  const row = (year: number) => {
    let r = rows.get(year);
    if (!r) rows.set(year, (r = { year, applicationCount: 0, appliedOre: 0, grantedOre: 0, paidOre: 0, repaidOre: 0 }));
    return r;
  };
  for (const app of input.applications) {
    const year = yearOfCall.get(app.callId);
    if (year === undefined) continue;
    yearOfApplication.set(app.id, year);
    if (app.status === 'trukket') continue;
    const r = row(year);
    r.applicationCount++;
    r.appliedOre += app.amountAppliedOre;
  }
  for (const [applicationId, decision] of currentDecisions(input.decisions)) {
    const year = yearOfApplication.get(applicationId);
    if (year !== undefined && !input.lapsedDecisionIds.has(decision.id)) row(year).grantedOre += decision.amountGrantedOre;
  }
  const yearOfDecision = new Map<string, number>();
  for (const d of input.decisions) {
    const year = yearOfApplication.get(d.applicationId);
    if (year !== undefined) yearOfDecision.set(d.id, year);
  }
  for (const p of input.payments) {
    const year = yearOfDecision.get(p.decisionId);
    if (year !== undefined && p.paidDate) row(year).paidOre += p.amountOre;
  }
  for (const claim of input.repayments) {
    const year = yearOfDecision.get(claim.decisionId);
    if (year !== undefined) row(year).repaidOre += repaidOre(claim);
  }
  return [...rows.values()].sort((a, b) => a.year - b.year);
}
