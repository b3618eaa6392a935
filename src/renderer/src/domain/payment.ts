// A payment term (R11): one term, or two (spring and autumn) above the call's threshold.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, oreSchema } from './common';

export const paymentTermSchema = z.union([z.literal(1), z.literal(2)], {
  error: 'Terminen må være 1 (vår) eller 2 (høst)',
});
export type PaymentTerm = z.infer<typeof paymentTermSchema>;

export const PaymentSchema = entityMetaSchema.extend({
  decisionId: idSchema,
  /** The decision's call (schema v22), so a call's payments are one index range. */
  callId: idSchema,
  term: paymentTermSchema,
  amountOre: oreSchema,
  dueDate: isoDateSchema,
  paidDate: isoDateSchema.optional(),
});
export type Payment = z.infer<typeof PaymentSchema>;
