// A decision (vedtak). Final once its letter is sent: a change then means a new decision.
import { z } from 'zod';
import {
  entityMetaSchema,
  idSchema,
  isoDateSchema,
  isoTimestampSchema,
  oreSchema,
  requiredTextSchema,
} from './common';
import { subGoalSchema } from './call';

export const decisionOutcomeSchema = z.enum(
  ['innvilget', 'delvis_innvilget', 'avslatt', 'avvist'],
  { error: 'Utfallet må være innvilget, delvis innvilget, avslått eller avvist' },
);
export type DecisionOutcome = z.infer<typeof decisionOutcomeSchema>;

export const DecisionFieldsSchema = entityMetaSchema.extend({
  applicationId: idSchema,
  /** The application's call (schema v22), so a call's decisions are one index range. */
  callId: idSchema,
  outcome: decisionOutcomeSchema,
  /** The amount applied for when deciding; lets the decision judge "full amount" on its own. */
  amountAppliedOre: oreSchema,
  amountGrantedOre: oreSchema,
  justification: z
    .string({ error: 'Begrunnelsen må være tekst' })
    .trim()
    .max(20_000, { error: 'Begrunnelsen kan ha høyst 20 000 tegn' }),
  /** The reasons in nynorsk, for nynorsk letters; `justification` is the bokmål text. */
  justificationNn: z
    .string({ error: 'Begrunnelsen på nynorsk må være tekst' })
    .trim()
    .max(20_000, { error: 'Begrunnelsen på nynorsk kan ha høyst 20 000 tegn' })
    .optional(),
  conditions: z
    .string({ error: 'Vilkårene må være tekst' })
    .trim()
    .max(20_000, { error: 'Vilkårene kan ha høyst 20 000 tegn' }),
  decidedAt: isoDateSchema,
  decidedBy: requiredTextSchema('Hvem som fattet vedtaket', 100),
  supersedesDecisionId: idSchema.optional(),
  /**
   * How the granted amount is split across the application's sub-goals (R3), in øre; the call
   * page, the frame checks and the IMDi export count it. Written with every decision since schema
   * v7; absent only on rows from before, which count with the default split (sub-goal-split.ts).
   */
  subGoalSplitOre: z.partialRecord(subGoalSchema, oreSchema).optional(),
  /** Set when the letter is sent; the decision can no longer change. */
  lockedAt: isoTimestampSchema.optional(),
});

/** True when the outcome is a grant of everything applied for (no justification needed, fvl. § 24). */
export function isFullGrant(d: Pick<Decision, 'outcome' | 'amountGrantedOre' | 'amountAppliedOre'>) {
  return d.outcome === 'innvilget' && d.amountGrantedOre === d.amountAppliedOre;
}

export const DecisionSchema = DecisionFieldsSchema.superRefine((d, ctx) => {
  if (d.outcome === 'innvilget' && d.amountGrantedOre !== d.amountAppliedOre) {
    ctx.addIssue({
      code: 'custom',
      path: ['amountGrantedOre'],
      message: 'Ved innvilgelse må beløpet være lik søknadsbeløpet; bruk ellers delvis innvilget',
    });
  }
  if (
    d.outcome === 'delvis_innvilget' &&
    (d.amountGrantedOre <= 0 || d.amountGrantedOre >= d.amountAppliedOre)
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['amountGrantedOre'],
      message: 'Ved delvis innvilgelse må beløpet være over 0 og under søknadsbeløpet',
    });
  }
  if ((d.outcome === 'avslatt' || d.outcome === 'avvist') && d.amountGrantedOre !== 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['amountGrantedOre'],
      message: 'Ved avslag eller avvisning skal innvilget beløp være 0',
    });
  }
  if (!isFullGrant(d) && d.justification.length === 0 && !d.justificationNn) {
    ctx.addIssue({
      code: 'custom',
      path: ['justification'],
      message: 'Begrunnelse må fylles ut når søknaden ikke innvilges fullt ut',
    });
  }
});
export type Decision = z.infer<typeof DecisionSchema>;
