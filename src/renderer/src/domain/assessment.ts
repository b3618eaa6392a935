// Assessment (vurdering): the criteria a call scores against (R9, plus R8 for reception-centre
// measures), the call's score scale, and one assessor's scores for one application.
import { z } from 'zod';
import { entityMetaSchema, idSchema, optionalTextSchema, requiredTextSchema } from './common';

/** A criterion's id within its call: R9's are k1–k10, R8's mottak_*, own ones egen_*. */
export const criterionIdSchema = z
  .string({ error: 'Kriteriet mangler id' })
  .regex(/^[a-z0-9_-]{1,40}$/, { error: 'Ugyldig id for kriteriet' });

/** 'mottak': only for measures for residents of asylum reception centres (R8). */
export const criterionAppliesToSchema = z.enum(['alle', 'mottak'], { error: 'Ukjent gyldighet for kriteriet' });
export type CriterionAppliesTo = z.infer<typeof criterionAppliesToSchema>;

export const CRITERION_WEIGHT_MAX = 10;

export const AssessmentCriterionSchema = z.object({
  id: criterionIdSchema,
  label: requiredTextSchema('Navnet på kriteriet', 120),
  help: optionalTextSchema('Hjelpeteksten', 1000),
  weight: z
    .number({ error: 'Vekten må være et tall' })
    .min(0, { error: 'Vekten kan ikke være negativ' })
    .max(CRITERION_WEIGHT_MAX, { error: `Vekten kan være høyst ${CRITERION_WEIGHT_MAX}` }),
  appliesTo: criterionAppliesToSchema,
});
export type AssessmentCriterion = z.infer<typeof AssessmentCriterionSchema>;

/** Scores are whole numbers; any call's scale lies within these bounds. */
export const SCALE_BOUND_MIN = 0;
export const SCALE_BOUND_MAX = 100;

const scaleEndSchema = z
  .number({ error: 'Skalaen må bestå av tall' })
  .int({ error: 'Skalaen må bestå av hele tall' })
  .min(SCALE_BOUND_MIN, { error: `Skalaen kan ikke starte under ${SCALE_BOUND_MIN}` })
  .max(SCALE_BOUND_MAX, { error: `Skalaen kan gå til høyst ${SCALE_BOUND_MAX}` });

export const ScoreScaleSchema = z
  .object({
    min: scaleEndSchema,
    max: scaleEndSchema,
    minLabel: requiredTextSchema('Teksten for laveste poengsum', 60),
    maxLabel: requiredTextSchema('Teksten for høyeste poengsum', 60),
  })
  .refine((s) => s.min < s.max, { error: 'Høyeste poengsum må være større enn laveste', path: ['max'] });
export type ScoreScale = z.infer<typeof ScoreScaleSchema>;

/** How a call is assessed: its criteria, scale, who assesses, and what assessors see. */
export const CallAssessmentSetupSchema = z
  .object({
    criteria: z
      .array(AssessmentCriterionSchema, { error: 'Kriteriene må være en liste' })
      .min(1, { error: 'Utlysningen må ha minst ett kriterium' }),
    scale: ScoreScaleSchema,
    /** True: an assessor sees the others' scores before scoring; false: only after their own. */
    showOthersBeforeScoring: z.boolean({ error: 'Oppgi om vurdererne ser hverandres poeng' }),
    /** The people expected to score this call; absent: every active person. */
    assessorIds: z.array(idSchema).optional(),
  })
  .refine((s) => new Set(s.criteria.map((c) => c.id)).size === s.criteria.length, {
    error: 'To kriterier har samme id',
    path: ['criteria'],
  })
  .refine((s) => s.criteria.some((c) => c.appliesTo === 'alle' && c.weight > 0), {
    error: 'Minst ett kriterium for alle søknader må ha vekt større enn 0',
    path: ['criteria'],
  });
export type CallAssessmentSetup = z.infer<typeof CallAssessmentSetupSchema>;

/** One whole-number score within the broad bounds; the call's own scale is checked by the service. */
export const assessmentScoreSchema = z
  .number({ error: 'Poengsummen må være et tall' })
  .int({ error: 'Poengsummen må være et helt tall' })
  .min(SCALE_BOUND_MIN, { error: `Poengsummen må være minst ${SCALE_BOUND_MIN}` })
  .max(SCALE_BOUND_MAX, { error: `Poengsummen kan være høyst ${SCALE_BOUND_MAX}` });

/** Where the scores were entered: in the program, or read from a scoring sheet (vurderingsskjema). */
export const assessmentSourceSchema = z.enum(['program', 'skjema']);
export type AssessmentSource = z.infer<typeof assessmentSourceSchema>;

/** One assessor's scores for one application: at most one row per application and person. */
export const AssessmentSchema = entityMetaSchema.extend({
  applicationId: idSchema,
  personId: idSchema,
  /** Score per criterion id; unscored criteria are simply absent. */
  scores: z.record(criterionIdSchema, assessmentScoreSchema),
  /** Comment per criterion id. */
  criterionComments: z.record(criterionIdSchema, requiredTextSchema('Kommentaren', 2000)).optional(),
  comment: optionalTextSchema('Kommentaren', 5000),
  source: assessmentSourceSchema,
});
export type Assessment = z.infer<typeof AssessmentSchema>;
