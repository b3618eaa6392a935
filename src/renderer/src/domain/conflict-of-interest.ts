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

/** Short Norwegian labels, used in forms, the Vurdering tab and the minutes alike. */
export const CONFLICT_GROUND_LABELS: Record<ConflictGround, string> = {
  a: '§ 6 første ledd a: er selv part i saken',
  b: '§ 6 første ledd b: i slekt eller svogerskap med en part',
  c: '§ 6 første ledd c: gift, forlovet, fosterforelder eller fosterbarn til en part',
  d: '§ 6 første ledd d: verge eller fullmektig for en part',
  e: '§ 6 første ledd e: leder eller styremedlem i søkerorganisasjonen',
  annet_ledd: '§ 6 annet ledd: andre særegne forhold som svekker tilliten til upartiskheten',
};
