// The one settings row: who works here, for which municipality, and in which written language.
import { z } from 'zod';
import { isoTimestampSchema } from './common';
import { kommunenummerSchema } from './municipality';
import { LetterheadSchema } from './decisions/letterhead';
import { ReasonTemplateOverridesSchema } from './decisions/reason-templates';
import { LetterTextOverridesSchema } from './letter-texts/schema';
import { LawReferenceSetsSchema } from './letter-texts/law-references';

export const SETTINGS_ID = 'app' as const;

export const DEFAULT_BACKUP_KEEP_COUNT = 14;

export const backupKeepCountSchema = z
  .number({ error: 'Skriv et helt tall' })
  .int({ error: 'Skriv et helt tall' })
  .min(1, { error: 'Behold minst 1 sikkerhetskopi' })
  .max(365, { error: 'Du kan beholde høyst 365 sikkerhetskopier' });

/** A folder path from the native dialog; main checks it again before every write. */
export const backupFolderSchema = z
  .string({ error: 'Velg en mappe' })
  .min(1, { error: 'Velg en mappe' })
  .max(1000, { error: 'Mappenavnet er for langt' });

export const letterLanguageSchema = z.enum(['nb', 'nn'], {
  error: 'Målform må være bokmål (nb) eller nynorsk (nn)',
});
export type LetterLanguage = z.infer<typeof letterLanguageSchema>;

export const officerNameSchema = z
  .string({ error: 'Navnet må fylles ut' })
  .trim()
  .min(2, { error: 'Navnet må ha minst 2 tegn' })
  .max(100, { error: 'Navnet kan ha høyst 100 tegn' });

/** The officer's own phone number, as it should stand in letters ("55 56 12 34"). */
export const officerPhoneSchema = z
  .string({ error: 'Telefonnummeret må være tekst' })
  .trim()
  .regex(/^\+?[0-9][0-9 ]{6,18}[0-9]$/, { error: 'Skriv telefonnummeret med siffer, for eksempel 55 56 12 34' });

/** The officer's own work e-mail, as it should stand in letters. */
export const officerEmailSchema = z
  .string({ error: 'E-postadressen må være tekst' })
  .trim()
  .pipe(z.email({ error: 'Skriv en gyldig e-postadresse, for eksempel kari.nordmann@bergen.kommune.no' }));

/** Years after the grant year that personal data in closed cases are kept (domain/retention.ts). */
export const retentionYearsSchema = z
  .number({ error: 'Oppbevaringstiden må være et helt antall år' })
  .int({ error: 'Oppbevaringstiden må være et helt antall år' })
  .min(1, { error: 'Oppbevaringstiden må være minst 1 år' })
  .max(50, { error: 'Oppbevaringstiden kan være høyst 50 år' });

export const AppSettingsSchema = z.object({
  id: z.literal(SETTINGS_ID),
  municipalityId: kommunenummerSchema,
  officerName: officerNameSchema,
  /** The officer's own phone and e-mail: letters give them as the case officer's contact details. */
  officerPhone: officerPhoneSchema.optional(),
  officerEmail: officerEmailSchema.optional(),
  firstRunCompletedAt: isoTimestampSchema,
  letterLanguage: letterLanguageSchema,
  /** When the last automatic backup was written (Electron only). */
  lastAutoBackupAt: isoTimestampSchema.optional(),
  /** How many backups the backup folder keeps; DEFAULT_BACKUP_KEEP_COUNT when absent. */
  backupKeepCount: backupKeepCountSchema.optional(),
  /** The folder automatic and manual backups go to (Electron only); the default folder when absent. */
  backupFolder: backupFolderSchema.optional(),
  /** The letterhead set up in Innstillinger; letters use defaultLetterhead when absent. */
  letterhead: LetterheadSchema.optional(),
  /** The municipality's edited and own reason templates, merged over the standard ones. */
  reasonTemplates: ReasonTemplateOverridesSchema.optional(),
  /** The municipality's edited standard letter texts per written language, merged over the standard ones. */
  letterTexts: LetterTextOverridesSchema.optional(),
  /** Dated paragraph references the letters cite (they change with the law); the standard ones when absent. */
  lawReferences: LawReferenceSetsSchema.optional(),
  /** Years after the grant year before personal data in closed cases may be removed; 10 when absent. */
  retentionYears: retentionYearsSchema.optional(),
});
export type AppSettings = z.infer<typeof AppSettingsSchema>;

export const FirstRunInputSchema = z.object({
  municipalityId: z
    .string({ error: 'Velg kommune' })
    .trim()
    .min(1, { error: 'Velg kommune' }),
  officerName: officerNameSchema,
  /** Empty means not given. */
  officerPhone: officerPhoneSchema.or(z.literal('')).optional(),
  officerEmail: officerEmailSchema.or(z.literal('')).optional(),
  /** The municipality's postal address for letters, lines separated by commas or line breaks. */
  postalAddress: z.string().trim().max(400, { error: 'Postadressen kan ha høyst 400 tegn' }).optional(),
});
export type FirstRunInput = z.infer<typeof FirstRunInputSchema>;

export const SettingsPatchSchema = z
  .object({
    municipalityId: kommunenummerSchema,
    officerName: officerNameSchema,
    /** "" removes the number or address. */
    officerPhone: officerPhoneSchema.or(z.literal('')),
    officerEmail: officerEmailSchema.or(z.literal('')),
    letterLanguage: letterLanguageSchema,
    lastAutoBackupAt: isoTimestampSchema,
    backupKeepCount: backupKeepCountSchema,
    backupFolder: backupFolderSchema,
    letterhead: LetterheadSchema,
    reasonTemplates: ReasonTemplateOverridesSchema,
    letterTexts: LetterTextOverridesSchema,
    lawReferences: LawReferenceSetsSchema,
    retentionYears: retentionYearsSchema,
  })
  .partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
