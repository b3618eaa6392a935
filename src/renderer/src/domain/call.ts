// A call for applications (utlysning) and the rule settings that belong to it, never to the code.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, isoTimestampSchema, oreSchema, requiredTextSchema, optionalTextSchema } from './common';
import { kommunenummerSchema } from './municipality';
import { SUB_GOALS } from './list-values';
import { CallAssessmentSetupSchema } from './assessment';

export const subGoalSchema = z.enum(SUB_GOALS, { error: 'Delmål må være A, B eller C' });
export type SubGoal = z.infer<typeof subGoalSchema>;

export const callStatusSchema = z.enum(['utkast', 'apen', 'lukket', 'vedtatt', 'arkivert'], {
  error: 'Ukjent status for utlysningen',
});
export type CallStatus = z.infer<typeof callStatusSchema>;

/** Rule settings (R5, R11, R12, R13, R16) plus the optional local limits municipalities add. */
export const CallRulesSchema = z.object({
  projectMaxOre: oreSchema,
  singleMeasureMinOre: oreSchema,
  splitPaymentThresholdOre: oreSchema,
  auditThresholdOre: oreSchema,
  appealDeadlineWeeks: z
    .number({ error: 'Klagefristen må være et tall' })
    .int({ error: 'Klagefristen må være et helt antall uker' })
    .min(1, { error: 'Klagefristen må være minst 1 uke' })
    .max(52, { error: 'Klagefristen kan være høyst 52 uker' }),
  /** Days a letter is taken to spend in the post: the appeal deadline counts from its arrival (§ 29). */
  appealPostDays: z
    .number({ error: 'Postgangen må være et tall' })
    .int({ error: 'Postgangen må være et helt antall dager' })
    .min(0, { error: 'Postgangen kan ikke være negativ' })
    .max(30, { error: 'Postgangen kan være høyst 30 dager' })
    .optional(),
  reportDueDate: isoDateSchema,
  /** Local limit, e.g. Bergen: at most 50 000 kr per single measure. */
  singleMeasureMaxOre: oreSchema.optional(),
  /** Local limit, e.g. Bergen: at most two applications per applicant. */
  maxApplicationsPerOrganisation: z
    .number({ error: 'Må være et tall' })
    .int({ error: 'Må være et helt tall' })
    .min(1, { error: 'Må være minst 1' })
    .optional(),
});
export type CallRules = z.infer<typeof CallRulesSchema>;

const KR = 100;

/** The 2020 defaults from the scheme's description; `year` sets the report due date (1 Feb next year). */
export function defaultCallRules(year = 2020): CallRules {
  return {
    projectMaxOre: 1_000_000 * KR,
    singleMeasureMinOre: 10_000 * KR,
    splitPaymentThresholdOre: 30_000 * KR,
    auditThresholdOre: 100_000 * KR,
    appealDeadlineWeeks: 3,
    appealPostDays: 3,
    reportDueDate: `${year + 1}-02-01`,
  };
}

export const subGoalFramesSchema = z
  .object({ A: oreSchema, B: oreSchema, C: oreSchema })
  .partial();

/**
 * R2 (non-profit, non-public) confirmed by the officer once for an organisation in this call: it
 * holds for all that organisation's applications in the call, which then pass R2 without asking.
 */
export const R2ConfirmationSchema = z.object({
  organisationId: idSchema,
  by: requiredTextSchema('Saksbehandleren', 100),
  at: isoTimestampSchema,
});
export type R2Confirmation = z.infer<typeof R2ConfirmationSchema>;

export const CallSchema = entityMetaSchema.extend({
  year: z
    .number({ error: 'Året må være et tall' })
    .int({ error: 'Året må være et helt tall' })
    .min(2000, { error: 'Året må være 2000 eller senere' })
    .max(2100, { error: 'Året må være 2100 eller tidligere' }),
  title: requiredTextSchema('Tittelen', 200),
  /** The case number the municipality's archive gave the call, e.g. "20/01234": the letters' «Vår ref.». */
  archiveCaseNumber: optionalTextSchema('Saksnummeret i arkivet', 50),
  municipalityId: kommunenummerSchema,
  deadline: isoDateSchema,
  budgetFrameOre: oreSchema,
  subGoalFramesOre: subGoalFramesSchema.optional(),
  prioritisedSubGoal: subGoalSchema.optional(),
  status: callStatusSchema,
  rules: CallRulesSchema,
  /** Criteria, scale and assessors (R9, R8); absent: the defaults (assessment/default-criteria.ts). */
  assessment: CallAssessmentSetupSchema.optional(),
  /** Organisations whose R2 the officer has confirmed for this call (one entry each). */
  r2Confirmations: z.array(R2ConfirmationSchema).optional(),
});
export type Call = z.infer<typeof CallSchema>;
