// The Rapportering list: every current grant (innvilget or delvis innvilget, not superseded) with
// its report, due date, status, what was paid and paid back, and its reminders and claims.
import type { AppDatabase } from '@renderer/data/db';
import { readWhereInWatched } from '@renderer/data/read-keys';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import type { Application } from '@renderer/domain/application';
import { isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import { isAuditRequired, reportDueDate } from '@renderer/domain/decisions/obligations';
import type { Report } from '@renderer/domain/report';
import type { Repayment } from '@renderer/domain/repayment';
import { reportStatus, type ReportStatus } from '@renderer/domain/reports/report-status';
import { compareNb } from '@renderer/domain/collate';

export interface ReminderHead {
  id: string;
  decisionId: string;
  createdAt: string;
  sentDate?: string;
  language: 'nb' | 'nn';
}

export interface ReportRow {
  decision: Decision;
  application: Application;
  call: Call;
  organisationName: string;
  orgnr: string;
  report: Report | undefined;
  dueDate: string;
  status: ReportStatus;
  auditRequired: boolean;
  paidOre: number;
  claims: Repayment[];
  reminders: ReminderHead[];
}

const byName = (a: ReportRow, b: ReportRow) =>
  compareNb(a.organisationName, b.organisationName) || compareNb(a.application.title, b.application.title);

/** Reads everything in one read transaction; `decisionIds` narrows it to some grants (the case page). */
export async function loadReportRows(db: AppDatabase, today: string, decisionIds?: readonly string[]): Promise<ReportRow[]> {
  const tables = [db.decisions, db.applications, db.organisations, db.calls, db.reports, db.payments, db.repayments, db.letterHeads];
  return db.transaction('r', tables, async () => {
    const narrowed = decisionIds ? await db.decisions.bulkGet([...decisionIds]) : undefined;
    const applicationIds = narrowed ? [...new Set(narrowed.flatMap((d) => (d ? [d.applicationId] : [])))] : undefined;
    const decisions = applicationIds
      ? await db.decisions.where('applicationId').anyOf(applicationIds).toArray()
      : await db.decisions.toArray();
    const grants = [...currentDecisions(decisions).values()].filter((d) => isGrantOutcome(d.outcome));
    if (grants.length === 0) return [];
    const applications = await db.applications.bulkGet(grants.map((d) => d.applicationId));
    const appById = new Map(applications.flatMap((a) => (a ? [[a.id, a] as const] : [])));
    const [organisations, calls] = await Promise.all([
      db.organisations.bulkGet([...new Set([...appById.values()].map((a) => a.organisationId))]),
      db.calls.bulkGet([...new Set([...appById.values()].map((a) => a.callId))]),
    ]);
    const orgById = new Map(organisations.flatMap((o) => (o ? [[o.id, o] as const] : [])));
    const callById = new Map(calls.flatMap((c) => (c ? [[c.id, c] as const] : [])));
    // Payments and claims follow the application through superseded decisions.
    const allIds = decisions.map((d) => d.id);
    const applicationOf = new Map(decisions.map((d) => [d.id, d.applicationId]));
    const grantIds = grants.map((d) => d.id);
    // The letters' heads, never their PDFs: only reminders' dates and language are shown. Each read
    // by the cheapest way for scattered keys, and watched when the list is a live query.
    const [reports, payments, repayments, letters] = await Promise.all([
      readWhereInWatched(db.reports, 'decisionId', grantIds, (r) => r.decisionId),
      readWhereInWatched(db.payments, 'decisionId', allIds, (p) => p.decisionId),
      readWhereInWatched(db.repayments, 'decisionId', allIds, (r) => r.decisionId),
      readWhereInWatched(db.letterHeads, 'decisionId', grantIds, (l) => l.decisionId),
    ]);
    const reportOf = new Map(reports.map((r) => [r.decisionId, r]));
    const paidOf = new Map<string, number>();
    for (const p of payments) {
      if (p.paidDate === undefined) continue;
      const app = applicationOf.get(p.decisionId) ?? '';
      paidOf.set(app, (paidOf.get(app) ?? 0) + p.amountOre);
    }
    const claimsOf = new Map<string, Repayment[]>();
    for (const r of repayments) {
      const app = applicationOf.get(r.decisionId) ?? '';
      claimsOf.set(app, [...(claimsOf.get(app) ?? []), r]);
    }
    const remindersOf = new Map<string, ReminderHead[]>();
    for (const l of letters) {
      if (l.kind !== 'purring') continue;
      const head: ReminderHead = { id: l.id, decisionId: l.decisionId, createdAt: l.createdAt, sentDate: l.sentDate, language: l.language };
      remindersOf.set(l.decisionId, [...(remindersOf.get(l.decisionId) ?? []), head]);
    }
    const rows: ReportRow[] = [];
    for (const decision of grants) {
      const application = appById.get(decision.applicationId);
      const call = application ? callById.get(application.callId) : undefined;
      if (!application || !call) continue;
      const organisation = orgById.get(application.organisationId);
      const report = reportOf.get(decision.id);
      const dueDate = report?.dueDate ?? reportDueDate(call.rules);
      rows.push({
        decision,
        application,
        call,
        organisationName: organisation?.name ?? '',
        orgnr: organisation?.orgnr ?? '',
        report,
        dueDate,
        status: reportStatus(report, dueDate, today),
        auditRequired: isAuditRequired(decision.amountGrantedOre, call.rules),
        paidOre: paidOf.get(application.id) ?? 0,
        claims: (claimsOf.get(application.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
        reminders: (remindersOf.get(decision.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      });
    }
    return rows.sort(byName);
  });
}
