// Reads the one settings row live. 'loading' until IndexedDB has answered, so returning users
// never see a flash of the first-run page; null means the first run has not been completed.
import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type AppDatabase } from '@renderer/data/db';
import type { AppSettings } from '@renderer/domain/settings';
import type { Municipality } from '@renderer/domain/municipality';

export interface CurrentSettings {
  settings: AppSettings;
  /** Undefined only if the seed lacks the chosen municipality (should not happen). */
  municipality: Municipality | undefined;
}

// The key of the one settings row. Typed from the domain (only 'app' compiles), but not imported
// from it: the domain module builds zod schemas at load time, which would put zod in the entry chunk.
const SETTINGS_ID: AppSettings['id'] = 'app';

export type SettingsState = 'loading' | null | CurrentSettings;

/** The settings and their municipality, or null before the first run is completed. */
export async function readCurrentSettings(db: AppDatabase): Promise<CurrentSettings | null> {
  const settings = await db.settings.get(SETTINGS_ID);
  if (!settings) return null;
  const municipality = await db.municipalities.get(settings.municipalityId);
  return { settings, municipality };
}

function sameSettings(a: SettingsState, b: SettingsState): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === 'loading' || b === 'loading') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The settings, live. `initial` is what the program read before its first render (see
 * app/start-program.ts); the live query's first answer, equal to it, then changes nothing, so the
 * pages below are not drawn again for it.
 */
export function useSettingsState(initial: SettingsState = 'loading'): SettingsState {
  const live = useLiveQuery<SettingsState, SettingsState>(async () => readCurrentSettings(getDb()), [], initial);
  const kept = useRef<SettingsState>(initial);
  if (!sameSettings(kept.current, live)) kept.current = live;
  return kept.current;
}
