// Hostile edits of the letter texts: a municipality may adapt wording and add its own text, but
// never remove or deny what the law needs said. Each edit below is either refused when saved (with
// a Norwegian message that names the text) or, when it is harmless enough to be saved, the letters
// made with it still carry every required item, word for word, from the fixed texts.
import { describe, expect, it } from 'vitest';
import { buildDecisionLetter } from '@renderer/documents/pdf/decision-letter';
import { letterTextProblems } from '@renderer/domain/letter-texts/check';
import { editableLetterTexts, effectiveLetterTexts } from '@renderer/domain/letter-texts/effective';
import { isLetterTextPath, letterTextField } from '@renderer/domain/letter-texts/fields';
import { LanguageTextsSchema, type LanguageTexts } from '@renderer/domain/letter-texts/schema';
import { DEFAULT_LETTER_TEXTS } from '@renderer/domain/letter-texts/standard';
import type { LetterTexts } from '@renderer/domain/letter-texts/types';
import type { LetterLanguage } from '@renderer/domain/settings';
import { definitionText } from '../pdf/definition-text';
import { letterInput } from '../pdf/letter-fixtures';

interface Edit {
  language: LetterLanguage;
  path: string;
  value: string;
  /** 'refused': saving fails; 'fixed': the path is a fixed text and cannot be edited at all; 'kept': saved, letter still complete. */
  expect: 'refused' | 'fixed' | 'kept';
}

const ISSUE = 'Vedtaket er endelig og kan ikke påklages. {klagefrist} {kommune} IMDi';

const EDITS: readonly Edit[] = [
  { language: 'nb', path: 'appeal.text', value: ISSUE, expect: 'fixed' },
  { language: 'nb', path: 'appeal.before', value: ISSUE, expect: 'refused' },
  { language: 'nb', path: 'appeal.after', value: ISSUE, expect: 'refused' },
  { language: 'nb', path: 'access.text', value: 'Se § 18.', expect: 'fixed' },
  { language: 'nb', path: 'access.after', value: 'Se § 18.', expect: 'kept' },
  { language: 'nb', path: 'changes.text', value: 'Ingen.', expect: 'fixed' },
  { language: 'nb', path: 'changes.before', value: 'Ingen.', expect: 'kept' },
  { language: 'nb', path: 'use.text', value: 'Ingen.', expect: 'fixed' },
  { language: 'nb', path: 'use.after', value: 'Tilskuddet skal ikke betales tilbake.', expect: 'refused' },
  { language: 'nb', path: 'appeal.before', value: 'Dere har ingen klagerett i denne saken.', expect: 'refused' },
  { language: 'nn', path: 'appeal.after', value: 'Vedtaket er endeleg.', expect: 'refused' },
  { language: 'nn', path: 'appeal.before', value: 'Vedtaket kan ikkje påklagast.', expect: 'refused' },
  { language: 'nb', path: 'access.before', value: 'Det gis ikke innsyn i saken.', expect: 'refused' },
  { language: 'nb', path: 'access.after', value: 'Innsyn gis ikke.', expect: 'refused' },
  { language: 'nb', path: 'control.text', value: 'Ingen kontroll.', expect: 'fixed' },
  { language: 'nb', path: 'control.after', value: 'Bruken av midlene blir ikke kontrollert.', expect: 'refused' },
  { language: 'nb', path: 'changes.after', value: 'Endringer krever ikke samtykke.', expect: 'refused' },
  { language: 'nb', path: 'appeal.after', value: 'Klagefristen gjelder ikke for dette vedtaket.', expect: 'refused' },
  { language: 'nb', path: 'reporting.before', value: 'Dere trenger ikke sende rapport.', expect: 'refused' },
  { language: 'nb', path: 'conditions.before', value: 'Dere trenger ikke akseptere vilkårene.', expect: 'refused' },
  { language: 'nb', path: 'appeal.heading', value: 'Ingen klage', expect: 'refused' },
  { language: 'nb', path: 'reasons.rules.assessment', value: 'Se § 18.', expect: 'refused' },
  { language: 'nb', path: 'heading', value: 'Vedtak', expect: 'kept' },
  { language: 'nb', path: 'intro.avslatt', value: 'Ingen.', expect: 'kept' },
  { language: 'nn', path: 'access.text', value: 'Sjå § 18.', expect: 'fixed' },
  { language: 'nn', path: 'use.before', value: 'Pengane skal aldri betalast tilbake.', expect: 'refused' },
  { language: 'nn', path: 'control.before', value: 'Ingen.', expect: 'kept' },
  { language: 'nb', path: 'appeal.postponement', value: 'Ingen.', expect: 'fixed' },
  { language: 'nb', path: 'headingOutcome.avslatt', value: 'Vedtak', expect: 'fixed' },
];

/** Words each required item stands on in the letter; grant-only items only in grant letters. */
const REQUIRED: Record<LetterLanguage, { all: string[]; grant: string[] }> = {
  nb: {
    all: [
      'Vedtak om tilskudd – søknaden er',
      'Dere kan klage på vedtaket, jf. forvaltningsloven § 28',
      'Klagefristen er tre uker fra den dagen dette brevet kom fram til dere (§ 29)',
      'Klagen sendes til Bergen kommune, ikke direkte til IMDi',
      'Klagen må være skriftlig og underskrevet, og den må nevne vedtaket dere klager på og den endringen dere ønsker',
      '(IMDi), som er klageinstans',
      'utsatt iverksetting, jf. forvaltningsloven § 42',
      'Dere har rett til å se dokumentene i saken, jf. forvaltningsloven § 18',
      'Org.nr. 864 139 442',
    ],
    grant: [
      'Dere må akseptere vilkårene skriftlig innen',
      'Dere skal sende årsrapport og regnskapsrapport',
      'Kommunen kan kreve tilskuddet betalt tilbake helt eller delvis',
      'brukt i strid med vilkårene',
      'må dere søke skriftlig og få samtykke fra kommunen',
      'IMDi eller Riksrevisjonen kan kontrollere',
    ],
  },
  nn: {
    all: [
      'Vedtak om tilskot – søknaden er',
      'De kan klage på vedtaket, jf. forvaltningslova § 28',
      'Klagefristen er tre veker frå den dagen dette brevet kom fram til dykk (§ 29)',
      'Klaga skal sendast til Bergen kommune, ikkje direkte til IMDi',
      'Klaga må vere skriftleg og underskriven',
      '(IMDi), som er klageinstans',
      'utsett iverksetjing, jf. forvaltningslova § 42',
      'De har rett til å sjå dokumenta i saka, jf. forvaltningslova § 18',
      'Org.nr. 864 139 442',
    ],
    grant: [
      'De må akseptere vilkåra skriftleg innan',
      'De skal sende årsrapport og rekneskapsrapport',
      'Kommunen kan krevje tilskotet betalt tilbake heilt eller delvis',
      'brukt i strid med vilkåra',
      'må de søkje skriftleg og få samtykke frå kommunen',
      'IMDi eller Riksrevisjonen kan kontrollere',
    ],
  },
};

function expectCompleteLetters(language: LetterLanguage, texts: LetterTexts): void {
  for (const kind of ['innvilget', 'delvis_innvilget', 'avslatt', 'avvist'] as const) {
    const letter = definitionText(buildDecisionLetter({ ...letterInput(kind, { language }), texts }));
    const grant = kind === 'innvilget' || kind === 'delvis_innvilget';
    for (const words of [...REQUIRED[language].all, ...(grant ? REQUIRED[language].grant : [])]) {
      expect(letter, `${kind}: ${words}`).toContain(words);
    }
  }
}

/** What the settings page submits: every editable text of the language, with the one edit. */
function save(language: LetterLanguage, path: string, value: string) {
  const texts = { ...editableLetterTexts(language, undefined), [path]: value } as LanguageTexts;
  return LanguageTextsSchema.safeParse(texts);
}

describe('hostile letter-text edits', () => {
  it('are at least twenty, in both languages', () => {
    expect(EDITS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(EDITS.map((e) => e.language))).toEqual(new Set(['nb', 'nn']));
  });

  it.each(EDITS)('$language $path = «$value» → $expect', ({ language, path, value, expect: outcome }) => {
    const stored = { [language]: { [path]: value } } as never;
    if (outcome === 'fixed') {
      // Not an editable text: the settings form has no field for it, and a stored edit is ignored.
      expect(isLetterTextPath(path)).toBe(false);
      expect(effectiveLetterTexts(language, stored)).toEqual(DEFAULT_LETTER_TEXTS[language]);
      expectCompleteLetters(language, effectiveLetterTexts(language, stored));
      return;
    }
    expect(isLetterTextPath(path)).toBe(true);
    const result = save(language, path, value);
    if (outcome === 'refused') {
      expect(result.success).toBe(false);
      const label = letterTextField(path as never).label;
      expect(result.error!.issues.some((i) => i.path.join('.') === path && i.message.startsWith(`«${label}»`))).toBe(true);
      expect(letterTextProblems(letterTextField(path as never), value).length).toBeGreaterThan(0);
      // Stored anyway (say, by an older version), it is left out of the letters.
      expect(effectiveLetterTexts(language, stored)).toEqual(DEFAULT_LETTER_TEXTS[language]);
      return;
    }
    expect(result.success).toBe(true);
    const texts = effectiveLetterTexts(language, stored);
    expect(texts).not.toEqual(DEFAULT_LETTER_TEXTS[language]);
    expectCompleteLetters(language, texts);
  });
});
