// An appeal (klage, R16): the municipality reviews it first, then forwards it to IMDi.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, optionalTextSchema } from './common';

export const appealReviewOutcomeSchema = z.enum(['opprettholdt', 'omgjort'], {
  error: 'Utfallet må være opprettholdt eller omgjort',
});
export type AppealReviewOutcome = z.infer<typeof appealReviewOutcomeSchema>;

export const imdiAppealOutcomeSchema = z.enum(['opprettholdt', 'omgjort', 'opphevet'], {
  error: 'Utfallet må være opprettholdt, omgjort eller opphevet',
});
export type ImdiAppealOutcome = z.infer<typeof imdiAppealOutcomeSchema>;

export const AppealSchema = entityMetaSchema.extend({
  decisionId: idSchema,
  receivedDate: isoDateSchema,
  withinDeadline: z.boolean({ error: 'Oppgi om klagen kom inn innen fristen' }),
  ownReview: appealReviewOutcomeSchema.optional(),
  ownReviewDate: isoDateSchema.optional(),
  forwardedToImdiDate: isoDateSchema.optional(),
  imdiOutcome: imdiAppealOutcomeSchema.optional(),
  comment: optionalTextSchema('Kommentaren', 5000),
});
export type Appeal = z.infer<typeof AppealSchema>;
