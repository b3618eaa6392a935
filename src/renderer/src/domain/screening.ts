// The formal screening (R1–R8) of one application, with any officer overrides.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoTimestampSchema, requiredTextSchema } from './common';

export const screeningRuleIdSchema = z.enum(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'], {
  error: 'Ukjent regel',
});
export type ScreeningRuleId = z.infer<typeof screeningRuleIdSchema>;

export const screeningOutcomeSchema = z.enum(['bestatt', 'ikke_bestatt', 'skjonn'], {
  error: 'Resultatet må være bestått, ikke bestått eller skjønn',
});
export type ScreeningOutcome = z.infer<typeof screeningOutcomeSchema>;

export const ScreeningRuleResultSchema = z.object({
  rule: screeningRuleIdSchema,
  result: screeningOutcomeSchema,
  reason: z.string({ error: 'Begrunnelsen må være tekst' }).trim().max(2000, {
    error: 'Begrunnelsen kan ha høyst 2000 tegn',
  }),
});
export type ScreeningRuleResult = z.infer<typeof ScreeningRuleResultSchema>;

/** An officer's written decision to set a rule's result differently from the automatic one. */
export const ScreeningOverrideSchema = z.object({
  rule: screeningRuleIdSchema,
  result: screeningOutcomeSchema,
  reason: requiredTextSchema('Begrunnelsen for overstyringen', 2000),
  by: requiredTextSchema('Saksbehandleren', 100),
  at: isoTimestampSchema,
});
export type ScreeningOverride = z.infer<typeof ScreeningOverrideSchema>;

export const ScreeningSchema = entityMetaSchema.extend({
  applicationId: idSchema,
  results: z.array(ScreeningRuleResultSchema),
  overrides: z.array(ScreeningOverrideSchema),
  screenedAt: isoTimestampSchema,
});
export type Screening = z.infer<typeof ScreeningSchema>;
