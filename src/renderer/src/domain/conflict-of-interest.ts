// A declared conflict of interest (inhabilitet): removes that assessor from that application.
import type { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, requiredTextSchema } from './common';

export const ConflictOfInterestSchema = entityMetaSchema.extend({
  applicationId: idSchema,
  assessor: requiredTextSchema('Vurderer', 100),
  reason: requiredTextSchema('Begrunnelsen', 2000),
  declaredDate: isoDateSchema,
});
export type ConflictOfInterest = z.infer<typeof ConflictOfInterestSchema>;
