// Channel names and the reply envelope, without zod, so the preload can import them and stay a
// small bundle with no npm code in it.

/** The app's own origin. IndexedDB data is keyed by it: NEVER change it after the first release. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tilskudd';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Renderer -> main request channels (ipcRenderer.invoke / ipcMain.handle). */
export const InvokeChannel = {
  saveFile: 'platform:save-file',
  saveFiles: 'platform:save-files',
  openFile: 'platform:open-file',
  /** A backup is written in chunks: start (a temporary file in the folder), chunks, finish or abort. */
  backupWriteStart: 'platform:backup-write-start',
  backupWriteChunk: 'platform:backup-write-chunk',
  backupWriteFinish: 'platform:backup-write-finish',
  backupWriteAbort: 'platform:backup-write-abort',
  /** A backup to restore is opened in main and read in byte ranges (the zip's directory is at its end). */
  backupReadStart: 'platform:backup-read-start',
  backupReadRange: 'platform:backup-read-range',
  backupReadEnd: 'platform:backup-read-end',
  appInfo: 'platform:app-info',
  openExternal: 'platform:open-external',
  chooseBackupFolder: 'platform:choose-backup-folder',
  /** The renderer has finished (or given up on) its backup before quitting. */
  quitReady: 'platform:quit-ready',
  /** The change log's anchor: read, write, sign or check (see Platform.changeLogAnchor). */
  changeLogAnchor: 'platform:change-log-anchor',
} as const;
export type InvokeChannel = (typeof InvokeChannel)[keyof typeof InvokeChannel];

/** Main -> renderer: a native menu item was chosen. Payload: a MenuCommand. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const MENU_COMMANDS = ['about', 'settings', 'backup-now', 'help'] as const;

/** Main -> renderer: the main window is closing; back up, then answer on InvokeChannel.quitReady. */
export const BEFORE_QUIT_CHANNEL = 'app:before-quit';

/**
 * Every reply is an envelope, so the renderer gets our Norwegian message as-is instead of
 * Electron's "Error invoking remote method …" wrapper.
 */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: string };
