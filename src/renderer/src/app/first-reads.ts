// The modules that read a page's first data at start-up (Søknader's and Vedtak og brev's first
// rows, Oversikt's counts), named once: first-screen-chunks.ts fetches the module beside the
// page's chunk, preload-page.ts runs it once the database opens.
import { callOfHash, hashPath, isApplicationList, isDecisionList } from './initial-page';

export interface FirstRead {
  /** Fetches the module (without reading). */
  load(): Promise<unknown>;
  /** Fetches the module if need be and starts its read; errors are left to the page, which reads again. */
  start(): Promise<void>;
}

function firstRead<M>(load: () => Promise<M>, run: (module: M) => void): FirstRead {
  return { load, start: () => load().then(run).catch(() => undefined) };
}

/** The first read of the page at `path`, or undefined for a page without one. */
export function firstReadOf(path: string): FirstRead | undefined {
  if (isApplicationList(path)) return firstRead(() => import('@renderer/features/applications/list/first-rows-prefetch'), (m) => m.prefetchFirstRows());
  if (isDecisionList(path)) {
    // The call named in the address when the program opens on the list; from a menu entry, the newest.
    const callId = hashPath(window.location.hash) === path ? callOfHash(window.location.hash) : undefined;
    return firstRead(() => import('@renderer/features/decisions/list/first-rows-prefetch'), (m) => m.prefetchFirstDecisionRows(callId));
  }
  if (path === '/') return firstRead(() => import('@renderer/features/overview/start-prefetch'), (m) => m.prefetchOverviewStart());
  return undefined;
}

/**
 * Starts the first read of the page at `path`; Oversikt's only when the program opens on it, not
 * when its menu entry is pointed at. Resolves once the read has started (or there is none).
 */
export function startFirstRead(path: string): Promise<void> {
  const read = path !== '/' || hashPath(window.location.hash) === '/' ? firstReadOf(path) : undefined;
  return read ? read.start() : Promise.resolve();
}
