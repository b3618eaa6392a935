// Every check on an edited letter text, both sides: unknown placeholders, placeholders and words a
// legally required item depends on, placeholders in texts printed as they stand, stray braces, empty text,
// length, and headings on one line. Messages are Norwegian and name the text.
import { describe, expect, it } from 'vitest';
import { letterTextProblems } from '@renderer/domain/letter-texts/check';
import { editableLetterTexts, standardLetterText } from '@renderer/domain/letter-texts/effective';
import {
  LETTER_TEXT_FIELDS,
  LETTER_TEXT_MAX,
  letterTextField,
  type LetterTextField,
  type LetterTextPath,
} from '@renderer/domain/letter-texts/fields';
import { LanguageTextsSchema, LetterTextOverridesSchema } from '@renderer/domain/letter-texts/schema';
import { norwegianErrorMap } from '@renderer/domain/zod-nb';

const problems = (path: LetterTextPath, value: string) => letterTextProblems(letterTextField(path), value);

describe('the standard texts', () => {
  it.each(['nb', 'nn'] as const)('pass every check in %s, so a municipality starts from valid texts', (language) => {
    for (const field of LETTER_TEXT_FIELDS) {
      expect(letterTextProblems(field, standardLetterText(language, field.path)), `${language} ${field.path}`).toEqual([]);
    }
  });
});

describe('placeholders', () => {
  it('refuses a misspelt placeholder and says which text and which placeholder', () => {
    const text = 'Klagefristen er {klagefirst}. Klagen sendes til {kommune}.';
    expect(problems('appeal.text', text)[0]).toBe(
      '«Klageadgang – tekst» har en ukjent plassholder: {klagefirst}. Se listen over plassholdere du kan bruke.',
    );
  });

  it('accepts the same text spelt right', () => {
    expect(problems('appeal.text', 'Klagefristen er {klagefrist}. Klagen sendes til {kommune}. IMDi er klageinstans.')).toEqual([]);
  });

  it('lists several unknown placeholders together', () => {
    expect(problems('purpose.text', 'Til {Tittel} i {år}.')).toEqual([
      '«Formål – tekst» har ukjente plassholdere: {Tittel} og {år}. Se listen over plassholdere du kan bruke.',
    ]);
  });

  it('refuses a placeholder the letter does not fill in that text', () => {
    // {frist} is the acceptance deadline in the conditions, not known in the appeal text.
    expect(problems('appeal.text', 'Frist {klagefrist} til {kommune}, innen {frist}.')[0]).toContain('ukjent plassholder: {frist}');
    expect(problems('conditions.text', 'Aksepter innen {frist}.')).toEqual([]);
    expect(problems('payment.account', 'Til konto {konto}.')).toEqual([]);
    expect(problems('payment.oneTerm', 'Til konto {konto}.')[0]).toContain('ukjent plassholder: {konto}');
  });

  it('refuses placeholders in a text printed as it stands, and accepts it without', () => {
    expect(problems('appeal.heading', 'Klage innen {klagefrist}')).toEqual([
      '«Klageadgang – overskrift» kan ikke ha plassholdere, men har {klagefrist}',
    ]);
    expect(problems('appeal.heading', 'Slik klager dere')).toEqual([]);
    expect(problems('payment.noAccount', 'Send kontonummeret.')).toEqual([]);
  });

  it('refuses a brace that does not belong to a placeholder', () => {
    const message = '«Innsyn – tekst» har en krøllparentes som ikke hører til en plassholder. Skriv plassholdere slik: {kommune}';
    expect(problems('access.text', 'Kontakt {kommune for innsyn, jf. § 18.')).toEqual([message]);
    expect(problems('access.text', 'Kontakt kommune} for innsyn, jf. § 18.')).toEqual([message]);
    expect(problems('access.text', 'Kontakt {kommune} for innsyn, jf. § 18.')).toEqual([]);
  });
});

describe('placeholders that must stay', () => {
  const requirements = LETTER_TEXT_FIELDS.flatMap((f) => f.required.map((r) => ({ path: f.path, ...r })));

  it('are the ones the law and the scheme depend on, written down in one place', () => {
    expect(requirements.map((r) => `${r.path}: {${r.placeholder}}`)).toEqual([
      'intro.innvilget: {innvilget}',
      'intro.delvis_innvilget: {innvilget}',
      'reasons.rules.assessment: {utlysning}',
      'reasons.rules.formal: {utlysning}',
      'conditions.text: {frist}',
      'reporting.text: {frist}',
      'reporting.audit: {grense}',
      'use.text: {aar}',
      'appeal.text: {klagefrist}',
      'appeal.text: {kommune}',
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

  it('gives the reason in the message', () => {
    expect(problems('appeal.text', 'Dere kan klage til {kommune}. IMDi er klageinstans.')).toEqual([
      '«Klageadgang – tekst» må inneholde {klagefrist}, fordi brevet skal opplyse om klagefristen (forvaltningsloven §§ 27 tredje ledd og 29)',
    ]);
  });

  it('puts the unknown placeholder first when a misspelling is why the required one is missing', () => {
    expect(problems('appeal.text', 'Frist {klagefirst}, send til {kommune}, klageinstans IMDi.')).toEqual([
      expect.stringContaining('ukjent plassholder: {klagefirst}'),
      expect.stringContaining('må inneholde {klagefrist}'),
    ]);
  });
});

describe('words the law needs said', () => {
  const mentions = LETTER_TEXT_FIELDS.flatMap((f: LetterTextField) => (f.mentions ?? []).map((m) => ({ path: f.path, ...m })));

  it('are the appeal body, the control clause’s paragraphs and the right to see the documents', () => {
    expect(mentions.map((m) => `${m.path}: ${m.what}`)).toEqual([
      'control.text: bevilgningsreglementet § 10',
      'control.text: riksrevisjonsloven § 12',
      'appeal.text: IMDi',
      'access.text: forvaltningsloven § 18',
    ]);
  });

  it('refuses an appeal text that no longer names IMDi as the appeal body, and says why', () => {
    const text = 'Dere kan klage innen {klagefrist}. Klagen sendes til {kommune}.';
    expect(problems('appeal.text', text)).toEqual([
      '«Klageadgang – tekst» må nevne IMDi, fordi IMDi er klageinstans, og brevet skal si hvem som er klageinstans (forvaltningsloven § 27 tredje ledd)',
    ]);
    expect(problems('appeal.text', `${text} Klageinstans er IMDi.`)).toEqual([]);
  });

  it('refuses a control text without either paragraph, and accepts them however they are spaced', () => {
    expect(problems('control.text', 'IMDi og Riksrevisjonen kan kontrollere bruken av midlene.')).toEqual([
      expect.stringMatching(/^«Kontroll – tekst» må nevne bevilgningsreglementet § 10, fordi /),
      expect.stringMatching(/^«Kontroll – tekst» må nevne riksrevisjonsloven § 12, fordi /),
    ]);
    expect(problems('control.text', 'Se bevilgningsreglementet §10 annet ledd og riksrevisjonsloven §12.')).toEqual([]);
    // § 100 is not § 10.
    expect(problems('control.text', 'Se § 100 og § 12.')).toHaveLength(1);
  });

  it('refuses an access text without § 18, in either language', () => {
    expect(problems('access.text', 'Dere kan be om innsyn.')).toHaveLength(1);
    expect(problems('access.text', 'De kan sjå dokumenta, jf. forvaltningslova §§ 18 og 19.')).toEqual([]);
  });
});

describe('empty, length and lines', () => {
  it('refuses an empty or blank text', () => {
    expect(problems('closing', '')).toEqual(['«Hilsen» kan ikke være tom']);
    expect(problems('changes.text', '  \n ')).toEqual(['«Endringer – tekst» kan ikke være tom']);
    expect(problems('closing', 'Vennlig hilsen')).toEqual([]);
  });

  it('allows a paragraph of exactly the longest length, not one character more', () => {
    const max = LETTER_TEXT_MAX.paragraph;
    expect(problems('changes.text', 'a'.repeat(max))).toEqual([]);
    expect(problems('changes.text', 'a'.repeat(max + 1))).toEqual([`«Endringer – tekst» kan ha høyst ${max} tegn (nå ${max + 1})`]);
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
    expect(problems('changes.text', 'Første avsnitt.\nAndre avsnitt.')).toEqual([]);
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

  it('keeps a stored text that fails today’s checks, so a settings row or backup from before a new rule still reads', () => {
    const before = { nb: { 'appeal.text': 'Klag innen {klagefrist} til {kommune}.' } };
    expect(LetterTextOverridesSchema.parse(before)).toEqual(before);
  });

  it('refuses a stored text that is not text, or longer than any version allowed, at its path', () => {
    const result = LetterTextOverridesSchema.safeParse(
      { nn: { 'appeal.text': 42, 'closing': 'a'.repeat(LETTER_TEXT_MAX.line + 1) } },
      { error: norwegianErrorMap },
    );
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['nn.appeal.text', '«Klageadgang – tekst» må være tekst'],
      ['nn.closing', `«Hilsen» kan ha høyst ${LETTER_TEXT_MAX.line} tegn`],
    ]);
  });
});

describe('the schema of a language’s texts as saved from the settings page', () => {
  it('refuses an invalid text at its path with every message', () => {
    const texts = { ...editableLetterTexts('nn', undefined), 'appeal.text': 'Klag innan {klagefirst} til {kommune}.' };
    const result = LanguageTextsSchema.safeParse(texts, { error: norwegianErrorMap });
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['appeal.text', '«Klageadgang – tekst» har en ukjent plassholder: {klagefirst}. Se listen over plassholdere du kan bruke.'],
      ['appeal.text', expect.stringContaining('må inneholde {klagefrist}')],
      ['appeal.text', expect.stringContaining('må nevne IMDi')],
    ]);
  });
});
