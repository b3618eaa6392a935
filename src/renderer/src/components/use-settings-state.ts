// Reads the one settings row live. 'loading' until IndexedDB has answered, so returning users
// never see a flash of the first-run page; null means the first run has not been completed.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
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

export function useSettingsState(): SettingsState {
  return useLiveQuery<SettingsState, SettingsState>(
    async () => {
      const db = getDb();
      const settings = await db.settings.get(SETTINGS_ID);
      if (!settings) return null;
      const municipality = await db.municipalities.get(settings.municipalityId);
      return { settings, municipality };
    },
    [],
    'loading',
  );
}
