// Decides what happens when the main window is asked to close: the first close is held while the
// renderer writes a backup; its answer, or a timeout, lets the window close for real. Pure, so the
// decisions are testable without Electron; the timer is handed in.

export const CLOSE_BACKUP_TIMEOUT_MS = 10_000;

export type CloseGuardState = 'open' | 'waiting' | 'closing';

export interface CloseGuardDeps {
  timeoutMs: number;
  /** Ask the renderer to back up; throwing (e.g. the page is gone) lets the window close at once. */
  requestBackup(): void;
  /** Close the window for real; the guard lets that close through. */
  close(): void;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface CloseGuard {
  readonly state: CloseGuardState;
  /** Call from the window's `close` event. True means: prevent this close. */
  onCloseRequested(): boolean;
  /** The renderer has finished its backup (successfully or not). */
  onBackupDone(): void;
  /** The officer chose to stay (unsaved changes): the window stays, and the next close starts over. */
  onCloseCancelled(): void;
}

export function createCloseGuard(deps: CloseGuardDeps): CloseGuard {
  let state: CloseGuardState = 'open';
  let timer: unknown;

  const release = (): void => {
    if (state === 'closing') return;
    if (timer !== undefined) deps.clearTimer(timer);
    timer = undefined;
    state = 'closing';
    deps.close();
  };

  return {
    get state() {
      return state;
    },
    onCloseRequested() {
      if (state === 'closing') return false;
      // A second click on the close button while waiting must not start a second backup.
      if (state === 'waiting') return true;
      state = 'waiting';
      timer = deps.setTimer(release, deps.timeoutMs);
      try {
        deps.requestBackup();
      } catch {
        // Nobody to ask: close on the next tick, outside the close event that is being prevented.
        deps.clearTimer(timer);
        timer = deps.setTimer(release, 0);
      }
      return true;
    },
    onBackupDone() {
      if (state === 'waiting') release();
    },
    onCloseCancelled() {
      if (state === 'closing') state = 'open';
    },
  };
}
