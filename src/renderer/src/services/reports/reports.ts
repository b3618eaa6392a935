// Registering a grantee's report and accounts (R12) and approving it. A grant's report row is made
// on the first save, with the call's due date and whether the grant needs audited accounts; every
// save is the row and its change-log row in one transaction.
import { z } from 'zod';
import { isoDateSchema, oreSchema, optionalTextSchema, requiredTextSchema } from '@renderer/domain/common';
import { isAuditRequired, reportDueDate } from '@renderer/domain/decisions/obligations';
import { ReportSchema, auditEvidenceSchema, type Report } from '@renderer/domain/report';
import { approvalProblems } from '@renderer/domain/reports/report-status';
import { formatDate, joinNorwegian } from '@renderer/domain/vocabulary/format';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { addLogged, parseRow, putLogged } from '../logged-write';
import { parseOrThrow } from '../validate';
import { grantTables, readGrant } from './grant-context';

export const SaveReportInputSchema = z.object({
  decisionId: z.string().min(1),
  receivedDate: isoDateSchema.optional(),
  annualReportReceived: z.boolean(),
  accountsReceived: z.boolean(),
  auditedAccountsReceived: z.boolean(),
  auditEvidence: auditEvidenceSchema.optional(),
  unusedAmountStated: z.boolean(),
  unusedAmountOre: oreSchema,
  comment: optionalTextSchema('Kommentaren', 5000),
  /** The updatedAt the form was filled from; another window's later save is not overwritten. */
  expectedUpdatedAt: z.string().optional(),
});
export type SaveReportInput = z.input<typeof SaveReportInputSchema>;

export const ApproveReportInputSchema = z.object({
  decisionId: z.string().min(1),
  approvedBy: requiredTextSchema('Hvem som godkjenner', 100),
  approvedDate: isoDateSchema,
  approvalNote: optionalTextSchema('Merknaden', 2000),
  expectedUpdatedAt: z.string().optional(),
});
export type ApproveReportInput = z.input<typeof ApproveReportInputSchema>;

function assertSameVersion(before: Report | undefined, expected: string | undefined): void {
  if (before && expected !== undefined && before.updatedAt !== expected) {
    throw ValidationError.forField('', 'Rapporten er endret et annet sted etter at du åpnet den. Last siden på nytt og prøv igjen.');
  }
}

/** Saves the checklist; the first save makes the grant's report row. */
export async function saveReport(ctx: ServiceContext, raw: SaveReportInput): Promise<Report> {
  const input = parseOrThrow(SaveReportInputSchema, raw);
  const anything = input.annualReportReceived || input.accountsReceived || input.auditedAccountsReceived || input.unusedAmountStated;
  if (anything && !input.receivedDate) {
    throw ValidationError.forField('receivedDate', 'Oppgi datoen rapporten kom inn når noe er mottatt.');
  }
  if (input.auditedAccountsReceived && !input.auditEvidence) {
    throw ValidationError.forField('auditEvidence', 'Velg om det kom revidert årsregnskap, revidert prosjektregnskap eller revisorberetning.');
  }
  if (!input.unusedAmountStated && input.unusedAmountOre > 0) {
    throw ValidationError.forField('unusedAmountStated', 'Kryss av for at ubrukt beløp er oppgitt når du fører inn et beløp.');
  }
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantTables(db), db.reports, db.changeLog], async () => {
    const grant = await readGrant(db, input.decisionId);
    const before = await db.reports.where('decisionId').equals(input.decisionId).first();
    assertSameVersion(before, input.expectedUpdatedAt);
    if (before?.approved) {
      throw ValidationError.forField('', `Rapporten ble godkjent ${formatDate(before.approvedDate ?? '')} og kan ikke endres.`);
    }
    if (input.unusedAmountOre > grant.decision.amountGrantedOre) {
      throw ValidationError.forField('unusedAmountOre', 'Ubrukt beløp kan ikke være mer enn det innvilgede tilskuddet.');
    }
    const row = parseRow(ReportSchema, {
      id: before?.id ?? ctx.newId(),
      createdAt: before?.createdAt ?? stamp.at,
      updatedAt: stamp.at,
      decisionId: grant.decision.id,
      callId: grant.decision.callId,
      dueDate: before?.dueDate ?? reportDueDate(grant.call.rules),
      receivedDate: input.receivedDate,
      annualReportReceived: input.annualReportReceived,
      accountsReceived: input.accountsReceived,
      auditRequired: isAuditRequired(grant.decision.amountGrantedOre, grant.call.rules),
      auditedAccountsReceived: input.auditedAccountsReceived,
      auditEvidence: input.auditedAccountsReceived ? input.auditEvidence : undefined,
      approved: false,
      unusedAmountStated: input.unusedAmountStated,
      unusedAmountOre: input.unusedAmountOre,
      comment: input.comment || undefined,
    });
    if (before) await putLogged(db, stamp, 'reports', before, row);
    else await addLogged(db, stamp, 'reports', row);
    return row;
  });
}

/** Approves a report whose checklist is complete (audit included when the grant needs it). */
export async function approveReport(ctx: ServiceContext, raw: ApproveReportInput): Promise<Report> {
  const input = parseOrThrow(ApproveReportInputSchema, raw);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantTables(db), db.reports, db.changeLog], async () => {
    const grant = await readGrant(db, input.decisionId);
    const before = await db.reports.where('decisionId').equals(input.decisionId).first();
    if (!before) throw ValidationError.forField('', 'Registrer rapporten før du godkjenner den.');
    assertSameVersion(before, input.expectedUpdatedAt);
    if (before.approved) throw ValidationError.forField('', 'Rapporten er allerede godkjent.');
    // The grant may have changed since the checklist was saved: the audit rule follows today's amount.
    const current = { ...before, auditRequired: isAuditRequired(grant.decision.amountGrantedOre, grant.call.rules) };
    const missing = approvalProblems(current);
    if (missing.length > 0) {
      throw ValidationError.forField('', `Rapporten kan ikke godkjennes før dette er registrert: ${joinNorwegian(missing)}.`);
    }
    if (input.approvedDate < (before.receivedDate ?? '')) {
      throw ValidationError.forField('approvedDate', 'Rapporten kan ikke godkjennes før den kom inn.');
    }
    const row = parseRow(ReportSchema, {
      ...current,
      updatedAt: stamp.at,
      approved: true,
      approvedBy: input.approvedBy,
      approvedDate: input.approvedDate,
      approvalNote: input.approvalNote || undefined,
    });
    await putLogged(db, stamp, 'reports', before, row);
    return row;
  });
}
