// The grounds for a conflict of interest (forvaltningsloven § 6) in words. Apart from the entity
// (conflict-of-interest.ts, zod schemas) so that a page that only reads and names a ground does not
// load zod.
import type { ConflictGround } from '../conflict-of-interest';

/** Short Norwegian labels, used in forms, the Vurdering tab and the minutes alike. */
export const CONFLICT_GROUND_LABELS: Record<ConflictGround, string> = {
  a: '§ 6 første ledd a: er selv part i saken',
  b: '§ 6 første ledd b: i slekt eller svogerskap med en part',
  c: '§ 6 første ledd c: gift, forlovet, fosterforelder eller fosterbarn til en part',
  d: '§ 6 første ledd d: verge eller fullmektig for en part',
  e: '§ 6 første ledd e: leder eller styremedlem i søkerorganisasjonen',
  annet_ledd: '§ 6 annet ledd: andre særegne forhold som svekker tilliten til upartiskheten',
};
