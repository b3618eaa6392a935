// Standardtekster i brev: the municipality's edited letter texts live in the settings row, so every
// save and reset goes through updateSettings (validated, change-logged). Only texts that differ from
// the standard are stored; a text saved back to its standard wording is no longer an edit.
import {
  editsOf,
  withLanguageEdits,
  withLetterText,
} from '@renderer/domain/letter-texts/effective';
import { isLetterTextPath, letterTextField, type LetterTextPath } from '@renderer/domain/letter-texts/fields';
import { LanguageTextsSchema, letterTextSchema, type LanguageTexts } from '@renderer/domain/letter-texts/schema';
import { SETTINGS_ID, letterLanguageSchema, type AppSettings, type LetterLanguage } from '@renderer/domain/settings';
import { norwegianErrorMap } from '@renderer/domain/zod-nb';
import type { ServiceContext } from './context';
import { ValidationError } from './errors';
import { updateSettings } from './settings';
import { parseOrThrow } from './validate';

function knownPath(path: string): LetterTextPath {
  if (!isLetterTextPath(path)) throw ValidationError.forField('path', `Ukjent brevtekst: ${path}`);
  return path;
}

async function storedEdits(ctx: ServiceContext) {
  return (await ctx.db.settings.get(SETTINGS_ID))?.letterTexts;
}

/** Saves one text; its messages carry the text's path, so a form can show them at the field. */
export async function saveLetterText(
  ctx: ServiceContext,
  language: LetterLanguage,
  path: string,
  text: string,
): Promise<AppSettings> {
  const lang = parseOrThrow(letterLanguageSchema, language);
  const key = knownPath(path);
  const parsed = letterTextSchema(letterTextField(key)).safeParse(text, { error: norwegianErrorMap });
  if (!parsed.success) throw new ValidationError(parsed.error.issues.map((i) => ({ path: key, message: i.message })));
  return updateSettings(ctx, { letterTexts: withLetterText(await storedEdits(ctx), lang, key, parsed.data) });
}

/** Saves every editable text of one language at once, as the settings page does; all or nothing. */
export async function saveLetterTexts(ctx: ServiceContext, language: LetterLanguage, texts: LanguageTexts): Promise<AppSettings> {
  const lang = parseOrThrow(letterLanguageSchema, language);
  const parsed = parseOrThrow(LanguageTextsSchema, texts);
  return updateSettings(ctx, { letterTexts: withLanguageEdits(await storedEdits(ctx), lang, editsOf(lang, parsed)) });
}

/** Gives one text back its standard wording. */
export async function resetLetterText(ctx: ServiceContext, language: LetterLanguage, path: string): Promise<AppSettings> {
  const lang = parseOrThrow(letterLanguageSchema, language);
  return updateSettings(ctx, { letterTexts: withLetterText(await storedEdits(ctx), lang, knownPath(path), undefined) });
}

/** Gives every text of one language back its standard wording; the other language keeps its edits. */
export async function resetLetterTexts(ctx: ServiceContext, language: LetterLanguage): Promise<AppSettings> {
  const lang = parseOrThrow(letterLanguageSchema, language);
  return updateSettings(ctx, { letterTexts: withLanguageEdits(await storedEdits(ctx), lang, {}) });
}
