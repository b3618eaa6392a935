// The one settings row: who works here, for which municipality, and in which written language.
import { z } from 'zod';
import { isoTimestampSchema } from './common';
import { kommunenummerSchema } from './municipality';

export const SETTINGS_ID = 'app' as const;

export const letterLanguageSchema = z.enum(['nb', 'nn'], {
  error: 'Målform må være bokmål (nb) eller nynorsk (nn)',
});
export type LetterLanguage = z.infer<typeof letterLanguageSchema>;

export const officerNameSchema = z
  .string({ error: 'Navnet må fylles ut' })
  .trim()
  .min(2, { error: 'Navnet må ha minst 2 tegn' })
  .max(100, { error: 'Navnet kan ha høyst 100 tegn' });

export const AppSettingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  municipalityId: kommunenummerSchema,
  officerName: officerNameSchema,
  firstRunCompletedAt: isoTimestampSchema,
  letterLanguage: letterLanguageSchema,
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

export const FirstRunInputSchema = z.object({
  municipalityId: z
    .string({ error: 'Velg kommune' })
    .trim()
    .min(1, { error: 'Velg kommune' }),
  officerName: officerNameSchema,
});
export type FirstRunInput = z.infer<typeof FirstRunInputSchema>;

export const SettingsPatchSchema = z
  .object({
    municipalityId: kommunenummerSchema,
    officerName: officerNameSchema,
    letterLanguage: letterLanguageSchema,
  })
  .partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
