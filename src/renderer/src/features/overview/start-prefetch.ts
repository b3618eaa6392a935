// Oversikt's first read (the calls and the counts of the call in progress), started at start-up by
// app/preload-page.ts, and when the page's module loads while the address is Oversikt: while the
// shell and the database are still coming, so the counts are there for the page's first frame instead of being read after
// it. A write in between makes them stale, so they are dropped and the page reads afresh.
import { Dexie } from 'dexie';
import { getDb, type AppDatabase } from '@renderer/data/db';
import { readOverviewStart, type OverviewStart } from '@renderer/services/queries/overview-figures/first-view';
import { hashPath } from '@renderer/app/initial-page';

export interface PrefetchedStart {
  db: AppDatabase;
  promise: Promise<OverviewStart>;
  /** Set once the read has finished, so the page can draw with it in its first render. */
  value?: OverviewStart;
}

let pending: PrefetchedStart | undefined;

function drop(): void {
  pending = undefined;
  Dexie.on.storagemutated.unsubscribe(drop);
}

/** True when the hash router's path is Oversikt («#/», «#/?utlysning=…» or none). */
export function addressIsOverview(hash: string): boolean {
  return hashPath(hash) === '/';
}

/** Starts the read, once. */
export function prefetchOverviewStart(): void {
  if (pending) return;
  const db = getDb();
  const entry: PrefetchedStart = { db, promise: readOverviewStart(db) };
  entry.promise.then(
    (value) => {
      entry.value = value;
    },
    () => {
      if (pending === entry) drop();
    },
  );
  pending = entry;
  Dexie.on.storagemutated.subscribe(drop);
}

/** The prefetched start while still valid (nothing written since, the same database), without handing it over. */
export function peekOverviewStart(): PrefetchedStart | undefined {
  if (pending && pending.db !== getDb()) drop();
  return pending;
}

/** Lets the prefetched start go: later visits read afresh. */
export function dropOverviewStart(): void {
  if (pending) drop();
}
