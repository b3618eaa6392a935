// Creates the main window and loads the renderer: app://tilskudd in builds, the dev server in dev.
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '@shared/ipc-channels';
import { createWindowOptions, WINDOW_TITLE } from './security/window-options';

export interface MainWindowConfig {
  preloadPath: string;
  isPackaged: boolean;
  iconPath?: string;
  /** Set only in development (electron-vite dev). */
  devUrl?: string;
}

export function createMainWindow(config: MainWindowConfig): BrowserWindow {
  const window = new BrowserWindow(
    createWindowOptions(config.preloadPath, {
      isPackaged: config.isPackaged,
      ...(config.iconPath ? { iconPath: config.iconPath } : {}),
    }),
  );
  // The product name stays in the title bar whatever <title> the page sets.
  window.on('page-title-updated', (event) => {
    event.preventDefault();
    window.setTitle(WINDOW_TITLE);
  });
  window.once('ready-to-show', () => window.show());

  const url = config.devUrl ?? `${APP_ORIGIN}/index.html`;
  window.loadURL(url).catch((error: unknown) => console.error('[window] load failed', error));
  return window;
}

export function preloadPathFor(mainDir: string): string {
  // electron-vite emits the sandboxed preload as CommonJS next to out/main.
  return join(mainDir, '../preload/index.cjs');
}
