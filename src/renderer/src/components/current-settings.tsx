// Hands the completed settings (officer, municipality) to every page below the app shell. While a
// returning officer's program is still opening the database, the shell draws from the remembered
// identity (shell-hint.ts) and a page that needs the settings waits for them (suspends).
import { createContext, use, useContext } from 'react';
import { appText, municipalityTitle } from '@renderer/i18n/app';
import type { CurrentSettings } from './use-settings-state';
import type { ShellIdentity } from './shell-hint';

/** The settings, or a promise of them while the database opens. */
export type CurrentSettingsValue = CurrentSettings | Promise<CurrentSettings>;

export const CurrentSettingsContext = createContext<CurrentSettingsValue | null>(null);

/** The remembered identity the app bar shows until the settings are read. */
export const ShellHintContext = createContext<ShellIdentity | null>(null);

/** The settings; suspends (shows the page's loading state) until they are read. */
export function useCurrentSettings(): CurrentSettings {
  const value = useContext(CurrentSettingsContext);
  if (!value) throw new Error('useCurrentSettings must be used below the app shell');
  return value instanceof Promise ? use(value) : value;
}

export function identityOf({ settings, municipality }: CurrentSettings): ShellIdentity {
  return {
    municipality: municipality ? municipalityTitle(municipality.name) : appText.unknownMunicipality,
    officerName: settings.officerName,
  };
}

/** What the app bar shows: from the settings once read, before that from the remembered identity. */
export function useShellIdentity(): ShellIdentity {
  const value = useContext(CurrentSettingsContext);
  const hint = useContext(ShellHintContext);
  if (value && !(value instanceof Promise)) return identityOf(value);
  return hint ?? { municipality: '', officerName: '' };
}
