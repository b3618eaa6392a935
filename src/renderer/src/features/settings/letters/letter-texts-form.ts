// The bridge between the letter-texts form and the domain schema. react-hook-form reads a dotted
// field name ("appeal.text") as a path into nested values, while the schema keys the texts by that
// path as one flat key; this resolver flattens on the way in and nests the messages on the way out.
import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import { LETTER_TEXT_PATHS } from '@renderer/domain/letter-texts/fields';
import { LanguageTextsSchema, type LanguageTexts } from '@renderer/domain/letter-texts/schema';
import { norwegianErrorMap } from '@renderer/domain/zod-nb';

export type LetterTextsFormValues = FieldValues;

export function toFormValues(texts: LanguageTexts): LetterTextsFormValues {
  const values: LetterTextsFormValues = {};
  for (const path of LETTER_TEXT_PATHS) set(values, path, texts[path]);
  return values;
}

export function fromFormValues(values: LetterTextsFormValues): LanguageTexts {
  return Object.fromEntries(LETTER_TEXT_PATHS.map((p) => [p, (get(values, p) as string | undefined) ?? ''])) as LanguageTexts;
}

/** First message per text, nested the way react-hook-form looks errors up. */
export function nestErrors(issues: ReadonlyArray<{ path: string; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, message } of issues) {
    if (!get(errors, path)) set(errors, path, { type: 'validate', message });
  }
  return errors;
}

export const letterTextsResolver: Resolver<LetterTextsFormValues, unknown, LanguageTexts> = async (values) => {
  const parsed = LanguageTextsSchema.safeParse(fromFormValues(values), { error: norwegianErrorMap });
  if (parsed.success) return { values: parsed.data, errors: {} };
  return {
    values: {},
    errors: nestErrors(parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))),
  };
};
