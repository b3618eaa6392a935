// Wires the close guard to a BrowserWindow: the first close sends BEFORE_QUIT_CHANNEL, the
// renderer answers on InvokeChannel.quitReady, and the window closes (at the latest after a timeout).
import type { BrowserWindow, WebContents } from 'electron';
import { BEFORE_QUIT_CHANNEL } from '@shared/ipc-channels';
import { CLOSE_BACKUP_TIMEOUT_MS, createCloseGuard, type CloseGuard } from './close-guard';

const guards = new WeakMap<WebContents, CloseGuard>();

/** `onClosing` runs once the guard lets the window go, e.g. to resume an app.quit() it cancelled. */
export function installCloseGuard(window: BrowserWindow, onClosing: () => void = () => {}): void {
  const contents = window.webContents;
  const guard = createCloseGuard({
    timeoutMs: CLOSE_BACKUP_TIMEOUT_MS,
    requestBackup: () => {
      if (contents.isDestroyed()) throw new Error('renderer is gone');
      contents.send(BEFORE_QUIT_CHANNEL);
    },
    close: () => {
      if (!window.isDestroyed()) window.close();
      onClosing();
    },
    setTimer: (callback, ms) => setTimeout(callback, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  });
  guards.set(contents, guard);
  window.on('close', (event) => {
    if (guard.onCloseRequested()) event.preventDefault();
  });
  // A crashed page will never answer: do not make the officer wait for the timeout.
  contents.on('render-process-gone', () => guard.onBackupDone());
}

/** The renderer in `contents` has finished its backup before closing. */
export function closeBackupDone(contents: WebContents): void {
  guards.get(contents)?.onBackupDone();
}

/** The window in `contents` was not closed after all (the officer stayed with unsaved changes). */
export function closeCancelled(contents: WebContents): void {
  guards.get(contents)?.onCloseCancelled();
}
