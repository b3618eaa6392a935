// The grantee's report and accounts (R12) and any unused amount to pay back (R13).
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, optionalTextSchema, oreSchema } from './common';

const flag = (label: string) => z.boolean({ error: `Oppgi om ${label}` });

export const ReportSchema = entityMetaSchema.extend({
  decisionId: idSchema,
  dueDate: isoDateSchema,
  receivedDate: isoDateSchema.optional(),
  annualReportReceived: flag('årsrapporten er mottatt'),
  accountsReceived: flag('regnskapet er mottatt'),
  auditRequired: flag('revidert regnskap kreves'),
  auditedAccountsReceived: flag('revidert regnskap er mottatt'),
  approved: flag('rapporten er godkjent'),
  unusedAmountOre: oreSchema,
  comment: optionalTextSchema('Kommentaren', 5000),
});
export type Report = z.infer<typeof ReportSchema>;
