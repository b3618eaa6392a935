// The municipality's edited letter texts as stored in the settings row: per written language, only
// the texts that differ from the standard, keyed by their path in fields.ts ("appeal.text").
import { z } from 'zod';
import { LETTER_TEXT_FIELDS, type LetterTextField, type LetterTextPath } from './fields';
import { letterTextProblems } from './check';

export function letterTextSchema(field: LetterTextField) {
  return z
    .string({ error: `«${field.label}» må være tekst` })
    .trim()
    .superRefine((value, ctx) => {
      for (const message of letterTextProblems(field, value)) ctx.addIssue({ code: 'custom', message });
    });
}

type TextSchema = ReturnType<typeof letterTextSchema>;

function shape<S extends z.ZodType>(wrap: (s: TextSchema) => S): Record<LetterTextPath, S> {
  return Object.fromEntries(LETTER_TEXT_FIELDS.map((f) => [f.path, wrap(letterTextSchema(f))])) as Record<
    LetterTextPath,
    S
  >;
}

/** One language's edits; texts not named keep their standard wording. Unknown keys are dropped. */
export const LanguageTextOverridesSchema = z.object(shape((s) => s.optional()));
export type LanguageTextOverrides = Partial<Record<LetterTextPath, string>>;

/** Every editable text of one language, as the settings page submits them. */
export const LanguageTextsSchema = z.object(shape((s) => s));
export type LanguageTexts = Record<LetterTextPath, string>;

export const LetterTextOverridesSchema = z.object({
  nb: LanguageTextOverridesSchema.optional(),
  nn: LanguageTextOverridesSchema.optional(),
});
export type LetterTextOverrides = z.infer<typeof LetterTextOverridesSchema>;
