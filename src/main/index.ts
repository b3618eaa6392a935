// Main process bootstrap: a thin, hardened shell around the renderer.
import { join } from 'node:path';
import { app, BrowserWindow, session } from 'electron';
import { registerAppSchemePrivileged, serveAppProtocol } from './protocol/app-protocol';
import { hardenSession, hardenWebContents } from './security/harden';
import { backupSessions, registerIpcHandlers } from './ipc/register-handlers';
import { installApplicationMenu } from './menu/install-menu';
import { closeCancelled, installCloseGuard } from './quit/install-close-guard';
import { installUnloadPrompt } from './quit/unload-prompt';
import { createMainWindow, preloadPathFor } from './window';

// The dev server URL is honoured only in unpackaged runs; a packaged app never loads remote code.
const devUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const devOrigin = devUrl ? new URL(devUrl).origin : undefined;

let mainWindow: BrowserWindow | null = null;
// app.quit() (menu, Cmd+Q) closes the windows, and the close guard holds that close for the
// backup, which cancels the quit; this remembers to quit once the window may go.
let quitRequested = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppSchemePrivileged();
  // A Norwegian program: date inputs show dd.mm.åååå and built-in texts are Norwegian whatever
  // language the PC's Windows is set to.
  app.commandLine.appendSwitch('lang', 'nb');

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devOrigin));

  app.on('before-quit', () => {
    quitRequested = true;
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, devOrigin);
      serveAppProtocol(join(import.meta.dirname, '../renderer'));
      registerIpcHandlers(devOrigin ? { devOrigin } : {});
      installApplicationMenu(app.isPackaged);

      const open = (): void => {
        mainWindow = createMainWindow({
          preloadPath: preloadPathFor(import.meta.dirname),
          isPackaged: app.isPackaged,
          ...(devUrl ? { devUrl } : {}),
        });
        installCloseGuard(mainWindow, () => {
          if (quitRequested) app.quit();
        });
        const window = mainWindow;
        // Staying with unsaved changes undoes the close (and a quit): the next close asks again.
        installUnloadPrompt(window, () => {
          quitRequested = false;
          closeCancelled(window.webContents);
        });
        mainWindow.on('closed', () => {
          mainWindow = null;
          // A backup cut off by the close leaves no temporary file behind.
          void backupSessions.closeAll();
        });
      };
      open();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) open();
      });
    })
    .catch((error: unknown) => {
      console.error('[main] start-up failed', error);
      app.quit();
    });
}
