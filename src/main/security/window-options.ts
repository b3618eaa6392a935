// The one place the BrowserWindow is configured; every security switch is explicit so a
// reviewer (and the unit test) can see it without knowing Electron's defaults.
import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = 'Tilskudd frivillige';

export interface WindowOptionsExtras {
  /** Packaged builds have no devtools. */
  isPackaged?: boolean;
  /** Window icon (Linux shows it; Windows takes the exe's icon). */
  iconPath?: string;
}

export function createWindowOptions(
  preloadPath: string,
  { isPackaged = true, iconPath }: WindowOptionsExtras = {},
): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 600,
    // Shown on ready-to-show, so the user never sees a white flash.
    show: false,
    backgroundColor: '#ffffff',
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // The spellchecker downloads dictionaries from Google: no remote content.
      spellcheck: false,
      devTools: !isPackaged,
    },
  };
}
