// The list's first rows, read at start-up when the program opens on the list, so they are ready
// the moment the list mounts instead of being read after it (data/startup-read.ts).
import { StartupReadSlot, type StartupRead } from '@renderer/data/startup-read';
import { loadFirstApplicationRows, type ApplicationListRow } from '@renderer/services/queries/application-list';

/**
 * How many rows the list reads before the rest: more than a tall window shows (rows are 57 px, so a
 * 2160 px screen at 100 % shows about 33). Each row costs two IndexedDB requests (organisation and
 * screening), answered one after another: fifty rows are read in ~60 % of the time of a hundred.
 */
export const FIRST_ROWS = 50;

export type PrefetchedRows = StartupRead<ApplicationListRow[]>;

const firstRows = new StartupReadSlot<ApplicationListRow[]>();

/** Starts reading the first rows, once. */
export function prefetchFirstRows(): void {
  firstRows.start((db) => loadFirstApplicationRows(db, FIRST_ROWS));
}

/** The prefetched rows while still valid, without handing them over. */
export function peekPrefetchedFirstRows(): PrefetchedRows | undefined {
  return firstRows.peek();
}

/** Hands the prefetched read over to the list (once); undefined when there is none or it is stale. */
export function takePrefetchedFirstRows(): PrefetchedRows | undefined {
  return firstRows.take();
}
