// Hands the completed settings (officer, municipality) to every page below the app shell.
import { createContext, useContext } from 'react';
import type { CurrentSettings } from './use-settings-state';

export const CurrentSettingsContext = createContext<CurrentSettings | null>(null);

export function useCurrentSettings(): CurrentSettings {
  const value = useContext(CurrentSettingsContext);
  if (!value) throw new Error('useCurrentSettings must be used below the app shell');
  return value;
}
