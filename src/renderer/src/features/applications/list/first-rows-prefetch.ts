// The list's first rows, read at start-up when the program opens on the list, so they are ready
// the moment the list mounts instead of being read after it. A write to the database in between
// makes them stale, so they are dropped and the list reads afresh.
import { Dexie } from 'dexie';
import { getDb } from '@renderer/data/db';
import { loadFirstApplicationRows, type ApplicationListRow } from '@renderer/services/queries/application-list';

/** How many rows the list reads before the rest: more than a tall window shows. */
export const FIRST_ROWS = 100;

export interface PrefetchedRows {
  promise: Promise<ApplicationListRow[]>;
  /** Set once the read has finished, so the list can start with them in its first render. */
  rows?: ApplicationListRow[];
}

let pending: PrefetchedRows | undefined;

function drop(): void {
  pending = undefined;
  Dexie.on.storagemutated.unsubscribe(drop);
}

/** Starts reading the first rows, once. */
export function prefetchFirstRows(): void {
  if (pending) return;
  const entry: PrefetchedRows = { promise: loadFirstApplicationRows(getDb(), FIRST_ROWS) };
  entry.promise.then(
    (rows) => {
      entry.rows = rows;
    },
    () => {
      if (pending === entry) drop();
    },
  );
  pending = entry;
  Dexie.on.storagemutated.subscribe(drop);
}

/** The prefetched rows while still valid, without handing them over. */
export function peekPrefetchedFirstRows(): PrefetchedRows | undefined {
  return pending;
}

/** Hands the prefetched read over to the list (once); undefined when there is none or it is stale. */
export function takePrefetchedFirstRows(): PrefetchedRows | undefined {
  const entry = pending;
  if (entry) drop();
  return entry;
}
