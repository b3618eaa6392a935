// A recommendation (innstilling) for one application of a call. Without a meeting it is the
// officer's proposed amount from the ranked view; with a meeting it is the committee's
// recommendation from that meeting: outcome, amount and a short reason.
import { z } from 'zod';
import { entityMetaSchema, idSchema, oreSchema } from './common';
import { decisionOutcomeSchema } from './decision';

export const RecommendationSchema = entityMetaSchema.extend({
  callId: idSchema,
  applicationId: idSchema,
  /** Set on the committee's recommendation; absent on the officer's proposal. */
  meetingId: idSchema.optional(),
  /** The committee's outcome; absent on the officer's proposal. */
  outcome: decisionOutcomeSchema.optional(),
  amountOre: oreSchema,
  reason: z
    .string({ error: 'Begrunnelsen må være tekst' })
    .trim()
    .max(2000, { error: 'Begrunnelsen kan ha høyst 2000 tegn' }),
});
export type Recommendation = z.infer<typeof RecommendationSchema>;
