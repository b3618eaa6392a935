// The municipality's edits over the standard letter texts: per language, only the texts it edited,
// and every editable text really reaches the letters (each placeholder it may use is filled).
import { describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { DEFAULT_LETTER_TEXTS } from '@renderer/documents/pdf/letter-texts';
import {
  editableLetterTexts,
  editsFailingChecks,
  editsOf,
  effectiveLetterTexts,
  letterTextAt,
  withLanguageEdits,
  withLetterText,
} from '@renderer/domain/letter-texts/effective';
import { LETTER_TEXT_FIELDS, LETTER_TEXT_PATHS, type LetterTextField } from '@renderer/domain/letter-texts/fields';
import { definitionText } from '../pdf/definition-text';
import { letterInput } from '../pdf/letter-fixtures';

const APPEAL = 'Vil dere klage, må klagen komme fram innen {klagefrist}. Send den til {kommune}. IMDi er klageinstans.';

describe('effectiveLetterTexts', () => {
  it('gives the standard texts of the language without edits', () => {
    expect(effectiveLetterTexts('nb', undefined)).toEqual(DEFAULT_LETTER_TEXTS.nb);
    expect(effectiveLetterTexts('nn', {})).toEqual(DEFAULT_LETTER_TEXTS.nn);
  });

  it('puts an edit in its place and leaves every other text standard', () => {
    const texts = effectiveLetterTexts('nb', { nb: { 'appeal.after': APPEAL, 'reasons.rules.formal': 'Regler: {utlysning}.' } });
    expect(texts.appeal.after).toBe(APPEAL);
    expect(texts.reasons.rules.formal).toBe('Regler: {utlysning}.');
    expect({ ...texts, appeal: DEFAULT_LETTER_TEXTS.nb.appeal, reasons: DEFAULT_LETTER_TEXTS.nb.reasons }).toEqual(
      DEFAULT_LETTER_TEXTS.nb,
    );
  });

  it('uses only the edits of the letter language', () => {
    const overrides = { nb: { 'appeal.after': APPEAL } };
    expect(effectiveLetterTexts('nn', overrides)).toEqual(DEFAULT_LETTER_TEXTS.nn);
  });

  it('never changes the standard texts themselves', () => {
    const before = structuredClone(DEFAULT_LETTER_TEXTS);
    effectiveLetterTexts('nb', { nb: { 'appeal.after': APPEAL, heading: 'Vedtak' } });
    expect(DEFAULT_LETTER_TEXTS).toEqual(before);
  });

  it('ignores a stored key that is no editable text', () => {
    const texts = effectiveLetterTexts('nb', { nb: { 'labels.ourRef': 'X' } as never });
    expect(texts).toEqual(DEFAULT_LETTER_TEXTS.nb);
  });

  it('lists every editable text as the letter would use it', () => {
    const texts = editableLetterTexts('nb', { nb: { closing: 'Vennlig hilsen' } });
    expect(Object.keys(texts)).toEqual([...LETTER_TEXT_PATHS]);
    expect(texts.closing).toBe('Vennlig hilsen');
    expect(texts['appeal.after']).toBe('');
    expect(Object.keys(texts)).not.toContain('appeal.text');
  });
});

describe('changing the stored edits', () => {
  it('keeps only texts that differ from the standard, trimmed', () => {
    const standard = DEFAULT_LETTER_TEXTS.nb.closing;
    expect(editsOf('nb', { closing: ` ${standard} `, 'appeal.heading': ' Klage ' })).toEqual({ 'appeal.heading': 'Klage' });
  });

  it('sets one text, and setting it back to standard removes the edit and an empty language', () => {
    const one = withLetterText(undefined, 'nn', 'closing', 'Venleg helsing');
    expect(one).toEqual({ nn: { closing: 'Venleg helsing' } });
    expect(withLetterText(one, 'nn', 'closing', DEFAULT_LETTER_TEXTS.nn.closing)).toEqual({});
    expect(withLetterText(one, 'nn', 'closing', undefined)).toEqual({});
  });

  it('replaces one language and leaves the other', () => {
    const both = { nb: { closing: 'Hilsen' }, nn: { closing: 'Helsing' } };
    expect(withLanguageEdits(both, 'nb', {})).toEqual({ nn: { closing: 'Helsing' } });
    expect(withLanguageEdits(both, 'nb', { heading: 'Vedtak' })).toEqual({ nb: { heading: 'Vedtak' }, nn: { closing: 'Helsing' } });
  });
});

describe('a stored edit that fails today’s checks (saved before a rule was added)', () => {
  const OLD_APPEAL = 'Vedtaket er endelig.';
  const overrides = { nb: { 'appeal.after': OLD_APPEAL, 'closing': 'Hilsen fra oss' } };

  it('is left out of letters, which keep the standard text', () => {
    const texts = effectiveLetterTexts('nb', overrides);
    expect(texts.appeal.after).toBe('');
    expect(texts.closing).toBe('Hilsen fra oss');
  });

  it('is still shown on the settings page, where it can be fixed, and is named as failing', () => {
    expect(editableLetterTexts('nb', overrides)['appeal.after']).toBe(OLD_APPEAL);
    expect(editsFailingChecks('nb', overrides)).toEqual(['appeal.after']);
    expect(editsFailingChecks('nn', overrides)).toEqual([]);
  });

  it('of a text that is now fixed (saved by an earlier version) is ignored: the fixed text stands', () => {
    const old = { nb: { 'appeal.text': 'Klag innen {klagefrist} til {kommune}. IMDi.' } } as never;
    expect(effectiveLetterTexts('nb', old).appeal.text).toBe(DEFAULT_LETTER_TEXTS.nb.appeal.text);
    expect(editsFailingChecks('nb', old)).toEqual([]);
  });
});

describe('every editable text reaches the letters', () => {
  // Each text marked and holding every placeholder it may use; letters that together show every
  // section (grant in two terms with audit, small grant to an organisation without account, …).
  const marked = Object.fromEntries(
    LETTER_TEXT_FIELDS.map((f: LetterTextField) => [
      f.path,
      [`M[${f.path}]`, ...f.placeholders.map((p) => `{${p}}`), ...(f.mentions ?? []).map((m) => m.what)].join(' '),
    ]),
  );
  const texts = effectiveLetterTexts('nb', { nb: marked });
  const letters = [
    letterInput('innvilget', { appliedKr: 150_000, texts }),
    letterInput('delvis_innvilget', { appliedKr: 40_000, grantedKr: 20_000, texts }),
    letterInput('innvilget', { appliedKr: 20_000, justification: '', texts, screeningBasis: { allMet: true, failed: [], overridden: [] } }),
    letterInput('avslatt', { texts }),
    letterInput('avvist', { texts }),
  ];
  letters[2]!.organisation = { ...letters[2]!.organisation, accountNumber: undefined };
  const words = letters.map((l) => definitionText(buildDecisionLetter(l)));

  it('prints each edited text in at least one kind of letter', () => {
    const all = words.join(' ');
    for (const path of LETTER_TEXT_PATHS) expect(all, path).toContain(`M[${path}]`);
  });

  it('fills every placeholder each text is allowed to use', () => {
    for (const w of words) expect(w.match(/\{[^}]*\}/g) ?? []).toEqual([]);
  });

  it('reads the text at a path the way the letter builder does', () => {
    expect(letterTextAt(texts, 'reasons.rules.assessment')).toBe(texts.reasons.rules.assessment);
  });
});
