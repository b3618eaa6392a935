// The texts a letter is written with: the standard ones with the municipality's edits on top, and
// the small steps that change the stored edits (set, reset one, reset a language).
import type { LetterLanguage } from '../settings';
import { letterTextProblems } from './check';
import { LETTER_TEXT_PATHS, isLetterTextPath, letterTextField, type FixedLetterTextPath, type LetterTextPath } from './fields';
import type { LanguageTexts, LanguageTextOverrides, LetterTextOverrides } from './schema';
import { DEFAULT_LETTER_TEXTS } from './standard';
import type { LetterTexts } from './types';

type Tree = Record<string, unknown>;

/** The text at `path` ("appeal.before", or a fixed one like "appeal.text") in a set of letter texts. */
export function letterTextAt(texts: LetterTexts, path: LetterTextPath | FixedLetterTextPath): string {
  let node: unknown = texts;
  for (const key of path.split('.')) node = (node as Tree)[key];
  return node as string;
}

function setAt(texts: LetterTexts, path: LetterTextPath, value: string): void {
  const keys = path.split('.');
  let node = texts as unknown as Tree;
  for (const key of keys.slice(0, -1)) node = node[key] as Tree;
  node[keys.at(-1)!] = value;
}

export function standardLetterText(language: LetterLanguage, path: LetterTextPath): string {
  return letterTextAt(DEFAULT_LETTER_TEXTS[language], path);
}

function withOverrides(
  language: LetterLanguage,
  overrides: LetterTextOverrides | undefined,
  keep: (path: LetterTextPath, value: string) => boolean,
): LetterTexts {
  const texts = structuredClone(DEFAULT_LETTER_TEXTS[language]);
  for (const [path, value] of Object.entries(overrides?.[language] ?? {})) {
    if (typeof value === 'string' && isLetterTextPath(path) && keep(path, value)) setAt(texts, path, value);
  }
  return texts;
}

const passesChecks = (path: LetterTextPath, value: string) => letterTextProblems(letterTextField(path), value).length === 0;

/**
 * Standard texts for `language` with the municipality's edits for that language applied. An edit
 * that fails today's checks (saved before a rule was added) is skipped, so every letter still says
 * what the law requires; the settings page shows it with its message until it is fixed.
 */
export function effectiveLetterTexts(language: LetterLanguage, overrides: LetterTextOverrides | undefined): LetterTexts {
  return withOverrides(language, overrides, passesChecks);
}

/** The stored edits of `language` that fail today's checks, and so are not used in letters. */
export function editsFailingChecks(language: LetterLanguage, overrides: LetterTextOverrides | undefined): LetterTextPath[] {
  return Object.entries(overrides?.[language] ?? {})
    .filter(([path, value]) => isLetterTextPath(path) && typeof value === 'string' && !passesChecks(path, value))
    .map(([path]) => path as LetterTextPath);
}

/** Every editable text of `language` as stored, edits that fail today's checks included, for the settings page. */
export function editableLetterTexts(language: LetterLanguage, overrides: LetterTextOverrides | undefined): LanguageTexts {
  const texts = withOverrides(language, overrides, () => true);
  return Object.fromEntries(LETTER_TEXT_PATHS.map((p) => [p, letterTextAt(texts, p)])) as LanguageTexts;
}

/** Keeps only the texts that differ from the standard: a text edited back to standard is no edit. */
export function editsOf(language: LetterLanguage, texts: Partial<Record<LetterTextPath, string>>): LanguageTextOverrides {
  const out: LanguageTextOverrides = {};
  for (const path of LETTER_TEXT_PATHS) {
    const value = texts[path]?.trim();
    if (value !== undefined && value !== standardLetterText(language, path)) out[path] = value;
  }
  return out;
}

/** The stored edits with one language's edits replaced; a language without edits is left out. */
export function withLanguageEdits(
  overrides: LetterTextOverrides | undefined,
  language: LetterLanguage,
  edits: LanguageTextOverrides,
): LetterTextOverrides {
  const next: LetterTextOverrides = { ...overrides };
  if (Object.keys(edits).length > 0) next[language] = edits;
  else delete next[language];
  return next;
}

/** The stored edits with one text set (or, if it equals the standard, given back its standard). */
export function withLetterText(
  overrides: LetterTextOverrides | undefined,
  language: LetterLanguage,
  path: LetterTextPath,
  value: string | undefined,
): LetterTextOverrides {
  const edits: LanguageTextOverrides = { ...overrides?.[language] };
  delete edits[path];
  return withLanguageEdits(overrides, language, { ...edits, ...(value === undefined ? {} : editsOf(language, { [path]: value })) });
}
