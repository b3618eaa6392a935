// A repayment claim (krav om tilbakebetaling, R13): an individual decision that the grantee pays
// back all or part of a grant, tracked until the money has come in (part payments included).
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, optionalTextSchema, oreSchema, requiredTextSchema } from './common';
import { accountNumberSchema } from './organisation';

/** The three grounds the grant letters name (R13): unused, used against the conditions, wrong information. */
export const repaymentBasisSchema = z.enum(['ubrukte_midler', 'brudd_pa_vilkar', 'feil_opplysninger'], {
  error: 'Velg grunnlaget for kravet',
});
export type RepaymentBasis = z.infer<typeof repaymentBasisSchema>;

const positiveOre = oreSchema.refine((n) => n > 0, { error: 'Beløpet må være større enn 0' });

export const RepaymentReceiptSchema = z.object({
  id: idSchema,
  /** The day the money came into the municipality's account. */
  date: isoDateSchema,
  amountOre: positiveOre,
  note: optionalTextSchema('Merknaden', 500),
  /** Who registered it, and when (ISO timestamp). */
  registeredBy: requiredTextSchema('Hvem som registrerte innbetalingen', 100),
  registeredAt: z.iso.datetime({ offset: true, error: 'Ugyldig tidspunkt (ISO 8601)' }),
});
export type RepaymentReceipt = z.infer<typeof RepaymentReceiptSchema>;

/** A claim withdrawn by the officer (e.g. made in error): it no longer counts as owed; its letter stays. */
export const RepaymentWithdrawalSchema = z.object({
  date: isoDateSchema,
  reason: requiredTextSchema('Begrunnelsen for å trekke kravet', 2000),
  by: requiredTextSchema('Hvem som trakk kravet', 100),
  at: z.iso.datetime({ offset: true, error: 'Ugyldig tidspunkt (ISO 8601)' }),
});
export type RepaymentWithdrawal = z.infer<typeof RepaymentWithdrawalSchema>;

export const RepaymentSchema = entityMetaSchema.extend({
  /** The grant decision the money was paid under (current when the claim was made). */
  decisionId: idSchema,
  /** The report the claim follows from, when it does (unused money). */
  reportId: idSchema.optional(),
  basis: repaymentBasisSchema,
  amountOre: positiveOre,
  /** The facts and main considerations, in the officer's words: the letter's reasons (fvl. § 25). */
  reason: requiredTextSchema('Begrunnelsen', 5000),
  decidedAt: isoDateSchema,
  decidedBy: requiredTextSchema('Hvem som fattet vedtaket', 100),
  /** Last day to pay. */
  deadline: isoDateSchema,
  /** The municipality's account the money is paid back to. */
  accountNumber: accountNumberSchema,
  /** What the payment must be marked with, so the finance department can match it. */
  paymentReference: requiredTextSchema('Referansen for innbetalingen', 100),
  payments: z.array(RepaymentReceiptSchema),
  /** The claim letter (kind tilbakebetalingskrav); once it is sent the claim can no longer change. */
  letterId: idSchema.optional(),
  /** Set when the claim was withdrawn; then nothing is owed on it. */
  withdrawn: RepaymentWithdrawalSchema.optional(),
});
export type Repayment = z.infer<typeof RepaymentSchema>;
