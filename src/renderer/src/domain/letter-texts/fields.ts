// The letter texts a municipality may edit, in the order they stand in the letter, and what each
// must keep. What the law or the scheme needs said (appeal right, deadline, where and how to appeal,
// IMDi as appeal body, § 42 postponement, § 18 access, acceptance, reporting and audit, repayment,
// consent to changes, control) is in FIXED_LETTER_TEXT_PATHS: those texts cannot be edited; a
// municipality writes its own text before and after them. Labels like "Vår ref." stay fixed too.
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
  /** May be left empty: the text municipalities write before or after a fixed text. */
  optional?: boolean;
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
  more: Partial<Pick<LetterTextField, 'placeholders' | 'required' | 'mentions' | 'mustSay' | 'optional'>> = {},
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

/** The texts a municipality writes before and after a fixed text; both may be empty. */
function around<S extends LetterSectionId>(section: S, name: string, placeholders: readonly Placeholder[] = common) {
  return [
    text(`${section}.before` as const, section, `${name} – egen tekst før`, { placeholders, optional: true }),
    text(`${section}.after` as const, section, `${name} – egen tekst etter`, { placeholders, optional: true }),
  ] as const;
}

/**
 * Texts the law or the scheme needs said, fixed per language: shown in Innstillinger, never edited.
 * A stored edit of one of them (saved by an earlier version) is ignored.
 */
export const FIXED_LETTER_TEXT_PATHS = [
  'headingOutcome.innvilget',
  'headingOutcome.delvis_innvilget',
  'headingOutcome.avslatt',
  'headingOutcome.avvist',
  'conditions.text',
  'reporting.text',
  'reporting.audit',
  'use.text',
  'changes.text',
  'control.text',
  'appeal.text',
  'appeal.postponement',
  'access.text',
] as const;
export type FixedLetterTextPath = (typeof FIXED_LETTER_TEXT_PATHS)[number];

/** What each fixed text secures, for the settings page. */
export const FIXED_LETTER_TEXT_REASONS: Record<FixedLetterTextPath, string> = {
  'headingOutcome.innvilget': 'Overskriften sier hva vedtaket går ut på (forvaltningsloven § 27).',
  'headingOutcome.delvis_innvilget': 'Overskriften sier hva vedtaket går ut på (forvaltningsloven § 27).',
  'headingOutcome.avslatt': 'Overskriften sier hva vedtaket går ut på (forvaltningsloven § 27).',
  'headingOutcome.avvist': 'Overskriften sier hva vedtaket går ut på (forvaltningsloven § 27).',
  'conditions.text': 'Tilskuddet utbetales først når mottakeren har akseptert vilkårene skriftlig innen fristen.',
  'reporting.text': 'Mottakeren skal sende årsrapport og regnskap innen fristen.',
  'reporting.audit': 'Fra beløpsgrensen i utlysningen skal regnskapet være revidert av statsautorisert eller registrert revisor.',
  'use.text':
    'Tilskuddet brukes i tilskuddsåret; kommunen kan kreve det tilbake helt eller delvis ved manglende bruk, bruk i strid med vilkårene eller uriktige opplysninger, og brevet sier hvordan og innen når det betales tilbake.',
  'changes.text': 'Endring av formål, aktiviteter eller omfang krever skriftlig søknad og samtykke på forhånd.',
  'control.text': 'IMDi og Riksrevisjonen kan kontrollere bruken av midlene (bevilgningsreglementet § 10, riksrevisjonsloven).',
  'appeal.text':
    'Retten til å klage, klagefristen og fra når den løper, hvor klagen sendes, hva den skal inneholde, at den må være underskrevet, og at IMDi er klageinstans (forvaltningsloven §§ 27–33).',
  'appeal.postponement': 'Retten til å be om utsatt iverksetting (forvaltningsloven § 42).',
  'access.text': 'Retten til å se dokumentene i saken (forvaltningsloven §§ 18 og 27).',
};

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
  ...around('conditions', 'Vilkår og frist for aksept', [...common, 'frist']),

  line('payment.heading', 'payment', 'Utbetaling – overskrift'),
  text('payment.oneTerm', 'payment', 'Utbetaling i én termin'),
  text('payment.twoTerms', 'payment', 'Utbetaling i to terminer', { placeholders: [...common, 'grense'] }),
  text('payment.account', 'payment', 'Kontonummer for utbetaling', { placeholders: [...common, 'konto'] }),
  { ...line('payment.noAccount', 'payment', 'Kontonummer mangler'), form: 'paragraph' },

  line('reporting.heading', 'reporting', 'Rapport og regnskap – overskrift'),
  ...around('reporting', 'Rapport og regnskap', [...common, 'frist']),
  text('reporting.noAudit', 'reporting', 'Revidert regnskap kreves ikke', { placeholders: [...common, 'grense'] }),

  line('use.heading', 'use', 'Bruk og tilbakebetaling – overskrift'),
  ...around('use', 'Bruk og tilbakebetaling'),

  line('changes.heading', 'changes', 'Endringer – overskrift'),
  ...around('changes', 'Endringer'),

  line('control.heading', 'control', 'Kontroll – overskrift'),
  ...around('control', 'Kontroll'),

  line('appeal.heading', 'appeal', 'Klageadgang – overskrift'),
  ...around('appeal', 'Klageadgang'),

  line('access.heading', 'access', 'Innsyn – overskrift'),
  ...around('access', 'Innsyn'),

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
