// What every service needs from the outside world, passed in so tests can fix clock, ids and actor.
import { getDb, type AppDatabase } from '@renderer/data/db';
import { SETTINGS_ID } from '@renderer/domain/settings';

export interface ServiceContext {
  db: AppDatabase;
  now: () => Date;
  newId: () => string;
  /** Who is acting, for the change log. */
  actor: () => Promise<string> | string;
}

export const UNKNOWN_ACTOR = 'ukjent';

/** The officer named in settings, or "ukjent" before the first-run setup. */
export async function officerFromSettings(db: AppDatabase): Promise<string> {
  const settings = await db.settings.get(SETTINGS_ID);
  return settings?.officerName ?? UNKNOWN_ACTOR;
}

export function defaultContext(db: AppDatabase = getDb()): ServiceContext {
  return {
    db,
    now: () => new Date(),
    newId: () => crypto.randomUUID(),
    actor: () => officerFromSettings(db),
  };
}
