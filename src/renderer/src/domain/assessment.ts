// One assessor's scores for one application against the criteria of R9 (and R8 for reception centres).
import { z } from 'zod';
import { entityMetaSchema, idSchema, optionalTextSchema, requiredTextSchema } from './common';

/** k1–k10 are R9's ten criteria in order; the mottak_* ones are R8's extra points. */
export const assessmentCriterionSchema = z.enum(
  [
    'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10',
    'mottak_ledelse', 'mottak_beboerrad', 'mottak_vertskommune',
  ],
  { error: 'Ukjent kriterium' },
);
export type AssessmentCriterion = z.infer<typeof assessmentCriterionSchema>;

export const ASSESSMENT_SCORE_MIN = 1;
export const ASSESSMENT_SCORE_MAX = 6;

export const assessmentScoreSchema = z
  .number({ error: 'Poengsummen må være et tall' })
  .int({ error: 'Poengsummen må være et helt tall' })
  .min(ASSESSMENT_SCORE_MIN, { error: `Poengsummen må være minst ${ASSESSMENT_SCORE_MIN}` })
  .max(ASSESSMENT_SCORE_MAX, { error: `Poengsummen kan være høyst ${ASSESSMENT_SCORE_MAX}` });

export const AssessmentSchema = entityMetaSchema.extend({
  applicationId: idSchema,
  assessor: requiredTextSchema('Vurderer', 100),
  /** Unscored criteria are simply absent. */
  scores: z.partialRecord(assessmentCriterionSchema, assessmentScoreSchema),
  comment: optionalTextSchema('Kommentaren', 5000),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
