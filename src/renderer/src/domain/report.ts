// The grantee's report and accounts (R12) and any unused amount to pay back (R13).
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, optionalTextSchema, oreSchema } from './common';

const flag = (label: string) => z.boolean({ error: `Oppgi om ${label}` });

/** What proves the audit (R12): audited annual accounts, audited project accounts, or an auditor's statement. */
export const auditEvidenceSchema = z.enum(['revidert_arsregnskap', 'revidert_prosjektregnskap', 'revisorberetning'], {
  error: 'Velg hva som dokumenterer revisjonen',
});
export type AuditEvidence = z.infer<typeof auditEvidenceSchema>;

export const ReportSchema = entityMetaSchema.extend({
  decisionId: idSchema,
  /** The decision's call (schema v22), so a call's reports are one index range. */
  callId: idSchema,
  dueDate: isoDateSchema,
  receivedDate: isoDateSchema.optional(),
  annualReportReceived: flag('årsrapporten er mottatt'),
  accountsReceived: flag('regnskapet er mottatt'),
  auditRequired: flag('revidert regnskap kreves'),
  auditedAccountsReceived: flag('revidert regnskap er mottatt'),
  /** Which audit document came (schema v12); set with auditedAccountsReceived. */
  auditEvidence: auditEvidenceSchema.optional(),
  approved: flag('rapporten er godkjent'),
  /** The grantee has stated how much is unused, 0 included (schema v12). */
  unusedAmountStated: flag('ubrukt beløp er oppgitt'),
  unusedAmountOre: oreSchema,
  /** Who approved, on which day, and why (schema v12). */
  approvedBy: optionalTextSchema('Hvem som godkjente', 100),
  approvedDate: isoDateSchema.optional(),
  approvalNote: optionalTextSchema('Merknaden til godkjenningen', 2000),
  comment: optionalTextSchema('Kommentaren', 5000),
});
export type Report = z.infer<typeof ReportSchema>;
