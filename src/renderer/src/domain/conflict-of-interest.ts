// A conflict of interest (inhabilitet, forvaltningsloven § 6): the person takes no part in
// assessing or deciding that application, and their scores for it do not count.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema, optionalTextSchema } from './common';

/** § 6 first paragraph a–e (automatic grounds) or second paragraph (other special circumstances). */
export const CONFLICT_GROUNDS = ['a', 'b', 'c', 'd', 'e', 'annet_ledd'] as const;
export const conflictGroundSchema = z.enum(CONFLICT_GROUNDS, { error: 'Velg grunnlaget for inhabiliteten' });
export type ConflictGround = z.infer<typeof conflictGroundSchema>;

/** Who put it on record: the member's own declaration, or the officer. */
export const conflictDeclaredBySchema = z.enum(['medlem', 'saksbehandler'], { error: 'Oppgi hvem som meldte inhabiliteten' });
export type ConflictDeclaredBy = z.infer<typeof conflictDeclaredBySchema>;

export const ConflictOfInterestSchema = entityMetaSchema.extend({
  applicationId: idSchema,
  personId: idSchema,
  ground: conflictGroundSchema,
  note: optionalTextSchema('Merknaden', 2000),
  declaredBy: conflictDeclaredBySchema,
  declaredDate: isoDateSchema,
});
export type ConflictOfInterest = z.infer<typeof ConflictOfInterestSchema>;

// The labels live with the program's other words (vocabulary/conflict-grounds.ts): read-only pages
// that name a ground (Oversikt's to-do list) then need no zod schema.
export { CONFLICT_GROUND_LABELS } from './vocabulary/conflict-grounds';
