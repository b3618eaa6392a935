// First-run setup and later changes to the app settings (municipality, officer, letter language).
import {
  AppSettingsSchema,
  FirstRunInputSchema,
  SETTINGS_ID,
  SettingsPatchSchema,
  type AppSettings,
  type FirstRunInput,
  type SettingsPatch,
} from '@renderer/domain/settings';
import { addressLinesFrom, defaultLetterhead } from '@renderer/domain/decisions/letterhead';
import type { AppDatabase } from '@renderer/data/db';
import type { ServiceContext } from './context';
import { appendChangeLog, resolveStamp } from './change-log';
import { ValidationError } from './errors';
import { parseOrThrow } from './validate';

async function assertMunicipalityExists(db: AppDatabase, municipalityId: string): Promise<void> {
  if (!(await db.municipalities.get(municipalityId))) {
    throw ValidationError.forField('municipalityId', 'Velg en av kommunene i listen');
  }
}

/** Saves who uses the program and for which municipality; running it again updates both. */
export async function completeFirstRun(
  ctx: ServiceContext,
  input: FirstRunInput,
): Promise<AppSettings> {
  const parsed = parseOrThrow(FirstRunInputSchema, input);
  // Before setup no one is named in settings, so the person setting up is the actor.
  const stamp = { ...(await resolveStamp(ctx)), actor: parsed.officerName };
  const { db } = ctx;
  return db.transaction('rw', db.settings, db.municipalities, db.changeLog, async () => {
    await assertMunicipalityExists(db, parsed.municipalityId);
    const municipality = (await db.municipalities.get(parsed.municipalityId))!;
    const before = await db.settings.get(SETTINGS_ID);
    const addressLines = addressLinesFrom(parsed.postalAddress ?? '');
    // A postal address given here starts the letterhead; one set up before is kept as it is.
    const letterhead =
      before?.letterhead ??
      (addressLines.length > 0 ? { ...defaultLetterhead(municipality, parsed.officerName), addressLines } : undefined);
    const after = parseOrThrow(AppSettingsSchema, {
      ...before,
      id: SETTINGS_ID,
      municipalityId: parsed.municipalityId,
      officerName: parsed.officerName,
      ...(parsed.officerPhone ? { officerPhone: parsed.officerPhone } : {}),
      ...(parsed.officerEmail ? { officerEmail: parsed.officerEmail } : {}),
      firstRunCompletedAt: before?.firstRunCompletedAt ?? stamp.at,
      letterLanguage: before?.letterLanguage ?? 'nb',
      ...(letterhead ? { letterhead } : {}),
    });
    await db.settings.put(after);
    await appendChangeLog(db, stamp, {
      entity: 'settings',
      entityId: SETTINGS_ID,
      action: before ? 'endret' : 'opprettet',
      before: before ?? null,
      after,
    });
    return after;
  });
}

/** Changes some settings; the first-run setup must be done first. */
export async function updateSettings(
  ctx: ServiceContext,
  patch: SettingsPatch,
): Promise<AppSettings> {
  const parsed = parseOrThrow(SettingsPatchSchema, patch);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.settings, db.municipalities, db.changeLog, async () => {
    const before = await db.settings.get(SETTINGS_ID);
    if (!before) {
      throw ValidationError.forField('', 'Førstegangsoppsettet er ikke fullført');
    }
    if (parsed.municipalityId !== undefined) {
      await assertMunicipalityExists(db, parsed.municipalityId);
    }
    const merged: Record<string, unknown> = { ...before, ...definedOnly(parsed) };
    // An emptied phone or e-mail field removes it.
    for (const key of ['officerPhone', 'officerEmail'] as const) if (merged[key] === '') delete merged[key];
    const after = parseOrThrow(AppSettingsSchema, merged);
    await db.settings.put(after);
    await appendChangeLog(db, stamp, {
      entity: 'settings',
      entityId: SETTINGS_ID,
      action: 'endret',
      before,
      after,
    });
    return after;
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
