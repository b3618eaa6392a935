// The letter texts a municipality may edit, in the order they stand in the letter, and what each
// must keep. This file is the one place that says which placeholders the law or the scheme needs
// (forvaltningsloven §§ 18, 24–25, 27–29 and 32; the scheme's conditions on acceptance, reporting,
// audit and use within the year). Labels like "Vår ref." stay fixed; they are not prose.
import { COMMON_PLACEHOLDERS, type Placeholder } from './placeholders';

export const LETTER_SECTIONS = [
  'opening',
  'purpose',
  'reasons',
  'conditions',
  'payment',
  'reporting',
  'use',
  'changes',
  'control',
  'appeal',
  'access',
  'closing',
] as const;
export type LetterSectionId = (typeof LETTER_SECTIONS)[number];

/** Sections only letters that grant money have (innvilget, delvis innvilget). */
export const GRANT_ONLY_SECTIONS: readonly LetterSectionId[] = [
  'purpose',
  'conditions',
  'payment',
  'reporting',
  'use',
  'changes',
  'control',
];

export interface Requirement {
  placeholder: Placeholder;
  /** Why it must stay; ends the message "… må inneholde {x}, fordi …". */
  because: string;
}

/** Words the text must keep because the law needs them said, e.g. that IMDi is the appeal body. */
export interface Mention {
  /** Matches in both bokmål and nynorsk. */
  pattern: RegExp;
  /** What must be mentioned; ends the message "… må nevne {what}, fordi …". */
  what: string;
  because: string;
}

export interface LetterTextField<P extends string = string> {
  path: P;
  section: LetterSectionId;
  /** Norwegian name, unique on the page and used in every message about the text. */
  label: string;
  /** 'line': a heading or a short line, one line only; 'paragraph': running text. */
  form: 'line' | 'paragraph';
  /** Placeholders the letter fills in this text; empty when the text is printed as it stands. */
  placeholders: readonly Placeholder[];
  /** Placeholders a legally required item depends on: removing one drops that item from every letter. */
  required: readonly Requirement[];
  /** Words a legally required item depends on: the part of `mustSay` a program can check. */
  mentions?: readonly Mention[];
  /** What the law or the scheme requires the text to say, beyond its placeholders. */
  mustSay?: string;
}

const common = COMMON_PLACEHOLDERS;
const line = <P extends string>(path: P, section: LetterSectionId, label: string): LetterTextField<P> => ({
  path,
  section,
  label,
  form: 'line',
  placeholders: [],
  required: [],
});
const text = <P extends string>(
  path: P,
  section: LetterSectionId,
  label: string,
  more: Partial<Pick<LetterTextField, 'placeholders' | 'required' | 'mentions' | 'mustSay'>> = {},
): LetterTextField<P> => ({ path, section, label, form: 'paragraph', placeholders: common, required: [], ...more });

const AMOUNT_GRANTED: Requirement = {
  placeholder: 'innvilget',
  because: 'brevet skal si hva vedtaket går ut på, og det er beløpet som er innvilget (forvaltningsloven § 27 første ledd)',
};
const CALL_RULES: Requirement = {
  placeholder: 'utlysning',
  because:
    'begrunnelsen skal vise til reglene vedtaket bygger på (forvaltningsloven § 25 første ledd), og årets regler står i utlysningen',
};
const REASONS_RULE =
  'Begrunnelsen skal nevne reglene vedtaket bygger på, de faktiske forholdene og hovedhensynene i vurderingen (forvaltningsloven §§ 24–25).';

export const LETTER_TEXT_FIELDS = [
  // Heading and opening: every letter.
  { ...line('heading', 'opening', 'Overskrift i brevet'), placeholders: common },
  text('intro.innvilget', 'opening', 'Innledning – innvilget', { required: [AMOUNT_GRANTED] }),
  text('intro.delvis_innvilget', 'opening', 'Innledning – delvis innvilget', { required: [AMOUNT_GRANTED] }),
  text('intro.avslatt', 'opening', 'Innledning – avslått'),
  text('intro.avvist', 'opening', 'Innledning – avvist'),

  line('purpose.heading', 'purpose', 'Formål – overskrift'),
  text('purpose.text', 'purpose', 'Formål – tekst'),

  line('reasons.heading', 'reasons', 'Begrunnelse – overskrift'),
  text('reasons.rules.assessment', 'reasons', 'Regelverket – søknader som er vurdert', {
    required: [CALL_RULES],
    mustSay: REASONS_RULE,
  }),
  text('reasons.rules.formal', 'reasons', 'Regelverket – søknader som er avvist', {
    required: [CALL_RULES],
    mustSay: REASONS_RULE,
  }),
  text('reasons.facts', 'reasons', 'Faktiske forhold'),
  text('reasons.factsReduction', 'reasons', 'Faktiske forhold – lavere beløp enn omsøkt'),
  text('reasons.fullGrantConsiderations', 'reasons', 'Vurdering – fullt innvilget uten egen begrunnelse'),

  line('conditions.heading', 'conditions', 'Vilkår – overskrift'),
  text('conditions.text', 'conditions', 'Vilkår og frist for aksept – tekst', {
    placeholders: [...common, 'frist'],
    required: [
      {
        placeholder: 'frist',
        because: 'tilskuddet utbetales ikke før vilkårene er akseptert, så mottakeren må få vite fristen for aksept',
      },
    ],
    mustSay: 'Tilskuddet utbetales først når mottakeren har akseptert vilkårene skriftlig.',
  }),

  line('payment.heading', 'payment', 'Utbetaling – overskrift'),
  text('payment.oneTerm', 'payment', 'Utbetaling i én termin'),
  text('payment.twoTerms', 'payment', 'Utbetaling i to terminer', { placeholders: [...common, 'grense'] }),
  text('payment.account', 'payment', 'Kontonummer for utbetaling', { placeholders: [...common, 'konto'] }),
  { ...line('payment.noAccount', 'payment', 'Kontonummer mangler'), form: 'paragraph' },

  line('reporting.heading', 'reporting', 'Rapport og regnskap – overskrift'),
  text('reporting.text', 'reporting', 'Rapport og regnskap – tekst', {
    placeholders: [...common, 'frist'],
    required: [
      { placeholder: 'frist', because: 'mottakeren skal sende rapport og regnskap og må få vite fristen for dem' },
    ],
    mustSay: 'Mottakeren skal sende årsrapport (hva som er gjort, og hvordan det har bidratt til målene) og regnskap.',
  }),
  text('reporting.audit', 'reporting', 'Revidert regnskap kreves', {
    placeholders: [...common, 'grense'],
    required: [
      {
        placeholder: 'grense',
        because: 'kravet om revidert regnskap gjelder fra beløpsgrensen i utlysningen, og brevet skal vise den',
      },
    ],
    mustSay: 'Regnskapet skal være revidert av statsautorisert eller registrert revisor.',
  }),
  text('reporting.noAudit', 'reporting', 'Revidert regnskap kreves ikke', { placeholders: [...common, 'grense'] }),

  line('use.heading', 'use', 'Bruk og tilbakebetaling – overskrift'),
  text('use.text', 'use', 'Bruk og tilbakebetaling – tekst', {
    required: [
      {
        placeholder: 'aar',
        because: 'tilskuddet skal brukes og regnskapsføres i tilskuddsåret, og det som ikke er brukt, skal betales tilbake',
      },
    ],
  }),

  line('changes.heading', 'changes', 'Endringer – overskrift'),
  text('changes.text', 'changes', 'Endringer – tekst', {
    mustSay: 'Endring av formål, aktiviteter eller omfang krever skriftlig søknad og samtykke på forhånd.',
  }),

  line('control.heading', 'control', 'Kontroll – overskrift'),
  text('control.text', 'control', 'Kontroll – tekst', {
    mentions: [
      {
        pattern: /§\s*10\b/,
        what: 'bevilgningsreglementet § 10',
        because: 'mottakeren skal vite at IMDi kan kontrollere bruken av midlene (bevilgningsreglementet § 10 annet ledd)',
      },
      {
        pattern: /§\s*12\b/,
        what: 'riksrevisjonsloven § 12',
        because: 'mottakeren skal vite at Riksrevisjonen kan kontrollere bruken av midlene (riksrevisjonsloven § 12 tredje ledd)',
      },
    ],
    mustSay:
      'IMDi og Riksrevisjonen kan kontrollere bruken av midlene (bevilgningsreglementet § 10 annet ledd, riksrevisjonsloven § 12 tredje ledd).',
  }),

  line('appeal.heading', 'appeal', 'Klageadgang – overskrift'),
  text('appeal.text', 'appeal', 'Klageadgang – tekst', {
    required: [
      { placeholder: 'klagefrist', because: 'brevet skal opplyse om klagefristen (forvaltningsloven §§ 27 tredje ledd og 29)' },
      {
        placeholder: 'kommune',
        because: 'klagen skal sendes til kommunen som traff vedtaket (forvaltningsloven §§ 27 tredje ledd og 32)',
      },
    ],
    mentions: [
      {
        pattern: /\bIMDi\b/,
        what: 'IMDi',
        because: 'IMDi er klageinstans, og brevet skal si hvem som er klageinstans (forvaltningsloven § 27 tredje ledd)',
      },
    ],
    mustSay:
      'Brevet skal opplyse om retten til å klage, klagefristen, at IMDi er klageinstans, og hvordan man klager (forvaltningsloven §§ 27 tredje ledd, 28, 32 og 33).',
  }),

  line('access.heading', 'access', 'Innsyn – overskrift'),
  text('access.text', 'access', 'Innsyn – tekst', {
    mentions: [
      {
        pattern: /§§?\s*18\b/,
        what: 'forvaltningsloven § 18',
        because: 'brevet skal opplyse om retten til å se sakens dokumenter (forvaltningsloven §§ 18 og 27 tredje ledd)',
      },
    ],
    mustSay: 'Brevet skal opplyse om retten til å se sakens dokumenter (forvaltningsloven §§ 18 og 27 tredje ledd).',
  }),

  text('contact', 'closing', 'Kontakt med saksbehandler', { placeholders: [...common, 'kontakt'] }),
  line('closing', 'closing', 'Hilsen'),
  { ...line('electronicallyApproved', 'closing', 'Merknad om elektronisk godkjenning'), form: 'paragraph' },
] as const satisfies readonly LetterTextField[];

export type LetterTextPath = (typeof LETTER_TEXT_FIELDS)[number]['path'];

export const LETTER_TEXT_PATHS: readonly LetterTextPath[] = LETTER_TEXT_FIELDS.map((f) => f.path);

/** Longest text per form, in characters. */
export const LETTER_TEXT_MAX: Record<LetterTextField['form'], number> = { line: 200, paragraph: 3000 };

const BY_PATH = new Map<string, LetterTextField>(LETTER_TEXT_FIELDS.map((f) => [f.path, f]));

export function isLetterTextPath(path: string): path is LetterTextPath {
  return BY_PATH.has(path);
}

export function letterTextField(path: LetterTextPath): LetterTextField {
  return BY_PATH.get(path)!;
}
