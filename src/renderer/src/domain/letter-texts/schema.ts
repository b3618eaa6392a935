// The municipality's edited letter texts as stored in the settings row: per written language, only
// the texts that differ from the standard, keyed by their path in fields.ts ("appeal.text").
// Saving checks a text against every rule (letterTextSchema). Reading what is stored checks only
// its shape (storedLetterTextSchema): a rule added in a later version must not make the settings
// row, or a backup made before, unreadable. Letters skip a stored text that fails today's rules.
import { z } from 'zod';
import { LETTER_TEXT_FIELDS, LETTER_TEXT_MAX, type LetterTextField, type LetterTextPath } from './fields';
import { letterTextProblems } from './check';

export function letterTextSchema(field: LetterTextField) {
  return z
    .string({ error: `«${field.label}» må være tekst` })
    .trim()
    .superRefine((value, ctx) => {
      for (const message of letterTextProblems(field, value)) ctx.addIssue({ code: 'custom', message });
    });
}

/** A stored text: text, no longer than any version of the program has allowed. */
export function storedLetterTextSchema(field: LetterTextField) {
  const max = LETTER_TEXT_MAX[field.form];
  return z
    .string({ error: `«${field.label}» må være tekst` })
    .trim()
    .max(max, { error: `«${field.label}» kan ha høyst ${max} tegn` });
}

function shape<S extends z.ZodType>(
  schemaOf: (f: LetterTextField) => z.ZodType<string, string>,
  wrap: (s: z.ZodType<string, string>) => S,
): Record<LetterTextPath, S> {
  return Object.fromEntries(LETTER_TEXT_FIELDS.map((f) => [f.path, wrap(schemaOf(f))])) as Record<LetterTextPath, S>;
}

/** One language's stored edits; texts not named keep their standard wording. Unknown keys are dropped. */
export const LanguageTextOverridesSchema = z.object(shape(storedLetterTextSchema, (s) => s.optional()));
export type LanguageTextOverrides = Partial<Record<LetterTextPath, string>>;

/** Every editable text of one language, as the settings page submits them. */
export const LanguageTextsSchema = z.object(shape(letterTextSchema, (s) => s));
export type LanguageTexts = Record<LetterTextPath, string>;

export const LetterTextOverridesSchema = z.object({
  nb: LanguageTextOverridesSchema.optional(),
  nn: LanguageTextOverridesSchema.optional(),
});
export type LetterTextOverrides = z.infer<typeof LetterTextOverridesSchema>;
