// Work that can wait (loading the pages an officer may go to next, the automatic backup, asking for
// persistent storage) runs once the program has started: after the first page has drawn what the
// officer came for (PageLayout's pages when drawn, the list when its first rows are), or at the
// latest a little while after it was asked for. Run earlier, it competes with that first page for
// the one main thread; loading the backup code alone (every table's zod schema) took longer than
// reading and drawing the list's first rows.
import { useEffect } from 'react';

/** How long after the first request the work runs anyway when no page says it is done. */
export const STARTUP_FALLBACK_MS = 2_000;

let markDone: () => void = () => undefined;
let done = false;
const settled = new Promise<void>((resolve) => {
  markDone = () => {
    done = true;
    resolve();
  };
});
let fallback: ReturnType<typeof setTimeout> | undefined;

/** Called by the page the program opened on once its content is on screen. */
export function markStartupDone(): void {
  markDone();
}

/** Marks the start as done once the next frame is painted (a page's first effect calls it). */
export function markStartupDoneAfterPaint(): void {
  if (done) return;
  requestAnimationFrame(() => setTimeout(markDone, 0));
}

/** Runs the task once the program has started, when the main thread is idle. Returns a cancel. */
export function afterStartup(task: () => void): () => void {
  let cancelled = false;
  let idleHandle: number | undefined;
  if (!done) fallback ??= setTimeout(markDone, STARTUP_FALLBACK_MS);
  void settled.then(() => {
    if (cancelled) return;
    // Not every environment has idle callbacks (happy-dom in tests).
    if (typeof window.requestIdleCallback === 'function') {
      idleHandle = window.requestIdleCallback(() => !cancelled && task(), { timeout: 2_000 });
    } else {
      setTimeout(() => !cancelled && task(), 0);
    }
  });
  return () => {
    cancelled = true;
    if (idleHandle !== undefined) window.cancelIdleCallback(idleHandle);
  };
}

/**
 * Preloads (a page, data) once the program has started. Skipped where there are no idle callbacks
 * (happy-dom in tests): a preload only saves time. `preload` should be a stable function.
 */
export function usePreloadAfterStartup(preload: () => void): void {
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    return afterStartup(preload);
  }, [preload]);
}
