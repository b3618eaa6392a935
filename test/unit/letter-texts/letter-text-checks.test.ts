// Every check on an edited letter text, both sides: unknown placeholders, placeholders a legally
// required item depends on, placeholders in texts printed as they stand, stray braces, empty text
// (allowed only around a fixed text), length, headings on one line, and words that would deny what
// the fixed texts state. Messages are Norwegian and name the text.
import { describe, expect, it } from 'vitest';
import { letterTextProblems } from '@renderer/domain/letter-texts/check';
import { editableLetterTexts, letterTextAt, standardLetterText } from '@renderer/domain/letter-texts/effective';
import {
  FIXED_LETTER_TEXT_PATHS,
  LETTER_TEXT_FIELDS,
  LETTER_TEXT_MAX,
  isLetterTextPath,
  letterTextField,
  type LetterTextPath,
} from '@renderer/domain/letter-texts/fields';
import { LanguageTextsSchema, LetterTextOverridesSchema } from '@renderer/domain/letter-texts/schema';
import { DEFAULT_LETTER_TEXTS } from '@renderer/domain/letter-texts/standard';
import { norwegianErrorMap } from '@renderer/domain/zod-nb';

const problems = (path: LetterTextPath, value: string) => letterTextProblems(letterTextField(path), value);

describe('the standard texts', () => {
  it.each(['nb', 'nn'] as const)('pass every check in %s, so a municipality starts from valid texts', (language) => {
    for (const field of LETTER_TEXT_FIELDS) {
      expect(letterTextProblems(field, standardLetterText(language, field.path)), `${language} ${field.path}`).toEqual([]);
    }
  });
});

describe('the fixed texts', () => {
  it('are not editable: what the law needs said is no text a municipality can change or remove', () => {
    for (const path of FIXED_LETTER_TEXT_PATHS) expect(isLetterTextPath(path), path).toBe(false);
    for (const section of ['conditions', 'reporting', 'use', 'changes', 'control', 'appeal', 'access']) {
      expect(isLetterTextPath(`${section}.before`)).toBe(true);
      expect(isLetterTextPath(`${section}.after`)).toBe(true);
    }
  });

  it.each(['nb', 'nn'] as const)('exist in %s and the text around them starts empty', (language) => {
    for (const path of FIXED_LETTER_TEXT_PATHS) expect(letterTextAt(DEFAULT_LETTER_TEXTS[language], path).length, path).toBeGreaterThan(20);
    expect(standardLetterText(language, 'appeal.before')).toBe('');
    expect(standardLetterText(language, 'appeal.after')).toBe('');
  });
});

describe('placeholders', () => {
  it('refuses a misspelt placeholder and says which text and which placeholder', () => {
    expect(problems('appeal.before', 'Klagefristen er {klagefirst}.')[0]).toBe(
      '«Klageadgang – egen tekst før» har en ukjent plassholder: {klagefirst}. Se listen over plassholdere du kan bruke.',
    );
  });

  it('accepts the same text spelt right', () => {
    expect(problems('appeal.before', 'Klagefristen er {klagefrist}. Spørsmål om klage kan rettes til {saksbehandler}.')).toEqual([]);
  });

  it('lists several unknown placeholders together', () => {
    expect(problems('purpose.text', 'Til {Tittel} i {år}.')).toEqual([
      '«Formål – tekst» har ukjente plassholdere: {Tittel} og {år}. Se listen over plassholdere du kan bruke.',
    ]);
  });

  it('refuses a placeholder the letter does not fill in that text', () => {
    // {frist} is the acceptance deadline around the conditions, not known around the appeal text.
    expect(problems('appeal.after', 'Send innen {frist}.')[0]).toContain('ukjent plassholder: {frist}');
    expect(problems('conditions.after', 'Aksepter innen {frist}.')).toEqual([]);
    expect(problems('payment.account', 'Til konto {konto}.')).toEqual([]);
    expect(problems('payment.oneTerm', 'Til konto {konto}.')[0]).toContain('ukjent plassholder: {konto}');
  });

  it('fills {tiltak} and {periode} in every running text', () => {
    expect(problems('purpose.text', 'Tilskuddet gjelder {tiltak} i perioden {periode}.')).toEqual([]);
  });

  it('refuses placeholders in a text printed as it stands, and accepts it without', () => {
    expect(problems('appeal.heading', 'Klage innen {klagefrist}')).toEqual([
      '«Klageadgang – overskrift» kan ikke ha plassholdere, men har {klagefrist}',
    ]);
    expect(problems('appeal.heading', 'Slik klager dere')).toEqual([]);
    expect(problems('payment.noAccount', 'Send kontonummeret.')).toEqual([]);
  });

  it('refuses a brace that does not belong to a placeholder', () => {
    const message = '«Innsyn – egen tekst etter» har en krøllparentes som ikke hører til en plassholder. Skriv plassholdere slik: {kommune}';
    expect(problems('access.after', 'Kontakt {kommune for innsyn.')).toEqual([message]);
    expect(problems('access.after', 'Kontakt kommune} for innsyn.')).toEqual([message]);
    expect(problems('access.after', 'Kontakt {kommune} for innsyn.')).toEqual([]);
  });
});

describe('placeholders that must stay', () => {
  const requirements = LETTER_TEXT_FIELDS.flatMap((f) => f.required.map((r) => ({ path: f.path, ...r })));

  it('are the ones the editable texts carry for the law, written down in one place', () => {
    expect(requirements.map((r) => `${r.path}: {${r.placeholder}}`)).toEqual([
      'intro.innvilget: {innvilget}',
      'intro.delvis_innvilget: {innvilget}',
      'reasons.rules.assessment: {utlysning}',
      'reasons.rules.formal: {utlysning}',
    ]);
  });

  it.each(requirements)('$path without {$placeholder} is refused, with it accepted', ({ path, placeholder }) => {
    const standard = standardLetterText('nb', path as LetterTextPath);
    const without = standard.replaceAll(`{${placeholder}}`, 'x');
    const found = problems(path as LetterTextPath, without);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^«${letterTextField(path as LetterTextPath).label}» må inneholde \\{${placeholder}\\}, fordi `));
    expect(problems(path as LetterTextPath, `${without} {${placeholder}}`)).toEqual([]);
  });

  it('puts the unknown placeholder first when a misspelling is why the required one is missing', () => {
    expect(problems('intro.innvilget', 'Dere får {innvilgt}.')).toEqual([
      expect.stringContaining('ukjent plassholder: {innvilgt}'),
      expect.stringContaining('må inneholde {innvilget}'),
    ]);
  });
});

describe('empty, length and lines', () => {
  it('refuses an empty or blank text, except the text around a fixed one', () => {
    expect(problems('closing', '')).toEqual(['«Hilsen» kan ikke være tom']);
    expect(problems('changes.heading', '  \n ')).toEqual(['«Endringer – overskrift» kan ikke være tom']);
    expect(problems('closing', 'Vennlig hilsen')).toEqual([]);
    expect(problems('changes.before', '  \n ')).toEqual([]);
    expect(problems('appeal.after', '')).toEqual([]);
  });

  it('allows a paragraph of exactly the longest length, not one character more', () => {
    const max = LETTER_TEXT_MAX.paragraph;
    expect(problems('changes.after', 'a'.repeat(max))).toEqual([]);
    expect(problems('changes.after', 'a'.repeat(max + 1))).toEqual([`«Endringer – egen tekst etter» kan ha høyst ${max} tegn (nå ${max + 1})`]);
  });

  it('allows a heading of exactly the longest length, not one character more', () => {
    const max = LETTER_TEXT_MAX.line;
    expect(problems('use.heading', 'a'.repeat(max))).toEqual([]);
    expect(problems('use.heading', 'a'.repeat(max + 1))).toEqual([
      `«Bruk og tilbakebetaling – overskrift» kan ha høyst ${max} tegn (nå ${max + 1})`,
    ]);
  });

  it('counts length without the spaces around the text', () => {
    expect(problems('use.heading', ` ${'a'.repeat(LETTER_TEXT_MAX.line)}  `)).toEqual([]);
  });

  it('keeps headings on one line but lets running text have line breaks', () => {
    expect(problems('control.heading', 'Kontroll\nog tilsyn')).toEqual(['«Kontroll – overskrift» må stå på én linje']);
    expect(problems('changes.after', 'Første avsnitt.\nAndre avsnitt.')).toEqual([]);
  });
});

describe('the stored overrides schema', () => {
  it('accepts valid edits per language, trims them, and drops keys it does not know', () => {
    const parsed = LetterTextOverridesSchema.parse({
      nb: { 'appeal.heading': '  Slik klager dere ', 'labels.ourRef': 'Vår referanse' },
      nn: {},
    });
    expect(parsed).toEqual({ nb: { 'appeal.heading': 'Slik klager dere' }, nn: {} });
  });

  it('still reads a row saved before the legal texts were fixed: the old edit of a fixed text is dropped, the rest kept', () => {
    const before = { nb: { 'appeal.text': 'Vedtaket er endelig og kan ikke påklages. {klagefrist} {kommune} IMDi', closing: 'Vennlig hilsen' } };
    expect(LetterTextOverridesSchema.parse(before)).toEqual({ nb: { closing: 'Vennlig hilsen' } });
  });

  it('keeps a stored text that fails today’s checks, so a settings row or backup from before a new rule still reads', () => {
    const before = { nb: { 'appeal.after': 'Vedtaket er endelig.' } };
    expect(LetterTextOverridesSchema.parse(before)).toEqual(before);
  });

  it('refuses a stored text that is not text, or longer than any version allowed, at its path', () => {
    const result = LetterTextOverridesSchema.safeParse(
      { nn: { 'appeal.before': 42, 'closing': 'a'.repeat(LETTER_TEXT_MAX.line + 1) } },
      { error: norwegianErrorMap },
    );
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['nn.appeal.before', '«Klageadgang – egen tekst før» må være tekst'],
      ['nn.closing', `«Hilsen» kan ha høyst ${LETTER_TEXT_MAX.line} tegn`],
    ]);
  });
});

describe('the schema of a language’s texts as saved from the settings page', () => {
  it('refuses an invalid text at its path with every message', () => {
    const texts = { ...editableLetterTexts('nn', undefined), 'appeal.before': 'Vedtaket kan ikkje påklagast innan {klagefirst}.' };
    const result = LanguageTextsSchema.safeParse(texts, { error: norwegianErrorMap });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['appeal.before', '«Klageadgang – egen tekst før» har en ukjent plassholder: {klagefirst}. Se listen over plassholdere du kan bruke.'],
      ['appeal.before', expect.stringContaining('kan ikke si at vedtaket ikke kan påklages')],
    ]);
  });
});
