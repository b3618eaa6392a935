// The paragraph references the letters cite. They change when the law changes (a new
// riksrevisjonslov has been adopted), so they are dated settings of their own, not words a text
// check forces to stay: a letter cites the set in force on its date. The law names stay in the
// fixed texts; a reference here is a paragraph and, where it matters, a subsection (ledd), written
// out in the letter's language ("§ 10 annet ledd" / "§ 10 andre ledd").
import { z } from 'zod';
import { isoDateSchema } from '../common';
import type { LetterLanguage } from '../settings';

const paragraphSchema = z
  .string({ error: 'Paragrafen må være tekst' })
  .trim()
  .regex(/^\d{1,3}[a-z]?(-\d{1,3}[a-z]?)?$/, { error: 'Skriv paragrafen som et tall, for eksempel 28, 12a eller 4-2' });

export const LawReferenceSchema = z.object({
  paragraph: paragraphSchema,
  /** 1 = første ledd; absent when the whole paragraph is meant. */
  ledd: z.number().int().min(1, { error: 'Leddet må være 1 eller mer' }).max(9, { error: 'Leddet kan være høyst 9' }).optional(),
});
export type LawReference = z.infer<typeof LawReferenceSchema>;

/** What each reference stands for, in the order the settings page lists them. */
export const LAW_REFERENCE_KEYS = [
  'appealRight',
  'appealDeadline',
  'appealForm',
  'ownReview',
  'postponement',
  'access',
  'grantControl',
  'auditControl',
] as const;
export type LawReferenceKey = (typeof LAW_REFERENCE_KEYS)[number];

export const LAW_REFERENCE_LABELS: Record<LawReferenceKey, string> = {
  appealRight: 'Klagerett (forvaltningsloven)',
  appealDeadline: 'Klagefrist (forvaltningsloven)',
  appealForm: 'Hva klagen skal inneholde (forvaltningsloven)',
  ownReview: 'Kommunens egen vurdering av klagen (forvaltningsloven)',
  postponement: 'Utsatt iverksetting (forvaltningsloven)',
  access: 'Innsyn i sakens dokumenter (forvaltningsloven)',
  grantControl: 'IMDis kontroll (bevilgningsreglementet)',
  auditControl: 'Riksrevisjonens kontroll (riksrevisjonsloven)',
};

export const LawReferenceSetSchema = z.object({
  /** Letters dated on or after this day cite this set. */
  validFrom: isoDateSchema,
  refs: z.object(Object.fromEntries(LAW_REFERENCE_KEYS.map((k) => [k, LawReferenceSchema])) as Record<LawReferenceKey, typeof LawReferenceSchema>),
});
export type LawReferenceSet = z.infer<typeof LawReferenceSetSchema>;

export const LawReferenceSetsSchema = z
  .array(LawReferenceSetSchema)
  .max(50, { error: 'Du kan ha høyst 50 sett med lovhenvisninger' })
  .refine((sets) => new Set(sets.map((s) => s.validFrom)).size === sets.length, {
    error: 'To sett med lovhenvisninger kan ikke gjelde fra samme dag',
  });

/** The references of the law as of 2020, used until a municipality adds a later set. */
export const STANDARD_LAW_REFERENCES: LawReferenceSet = {
  validFrom: '2000-01-01',
  refs: {
    appealRight: { paragraph: '28' },
    appealDeadline: { paragraph: '29' },
    appealForm: { paragraph: '32' },
    ownReview: { paragraph: '33' },
    postponement: { paragraph: '42' },
    access: { paragraph: '18' },
    grantControl: { paragraph: '10', ledd: 2 },
    auditControl: { paragraph: '12', ledd: 3 },
  },
};

/** The set in force on `date`: the latest one starting on or before it, else the standard one. */
export function lawReferencesOn(date: string, sets: readonly LawReferenceSet[] | undefined): LawReferenceSet {
  let best = STANDARD_LAW_REFERENCES;
  for (const set of sets ?? []) if (set.validFrom <= date && set.validFrom >= best.validFrom) best = set;
  return best;
}

const LEDD: Record<LetterLanguage, readonly string[]> = {
  nb: ['første', 'annet', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuende', 'åttende', 'niende'],
  nn: ['første', 'andre', 'tredje', 'fjerde', 'femte', 'sjette', 'sjuande', 'åttande', 'niande'],
};

/** "§ 10 annet ledd", with non-breaking spaces so "§" never ends a line apart from its number. */
export function formatLawReference(ref: LawReference, language: LetterLanguage): string {
  const base = `§\u00a0${ref.paragraph}`;
  return ref.ledd ? `${base}\u00a0${LEDD[language][ref.ledd - 1]}\u00a0ledd` : base;
}

/** Placeholder values ({ref_klagerett} …) the fixed letter texts cite, for one language and date. */
export function lawReferenceValues(
  language: LetterLanguage,
  letterDate: string,
  sets?: readonly LawReferenceSet[],
): Record<string, string> {
  const { refs } = lawReferencesOn(letterDate, sets);
  const f = (k: LawReferenceKey) => formatLawReference(refs[k], language);
  return {
    ref_klagerett: f('appealRight'),
    ref_klagefrist: f('appealDeadline'),
    ref_klageform: f('appealForm'),
    ref_egenvurdering: f('ownReview'),
    ref_utsetting: f('postponement'),
    ref_innsyn: f('access'),
    ref_bevilgning: f('grantControl'),
    ref_riksrevisjon: f('auditControl'),
  };
}
