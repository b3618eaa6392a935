// Oversikt's first read (the calls and the counts of the call in progress), started at start-up by
// app/preload-page.ts, and when the page's module loads while the address is Oversikt: while the
// shell and the database are still coming, so the counts are there for the page's first frame
// instead of being read after it (data/startup-read.ts).
import { StartupReadSlot, type StartupRead } from '@renderer/data/startup-read';
import { readOverviewStart, type OverviewStart } from '@renderer/services/queries/overview-figures/first-view';
import { hashPath } from '@renderer/app/initial-page';

export type PrefetchedStart = StartupRead<OverviewStart>;

const start = new StartupReadSlot<OverviewStart>();

/** True when the hash router's path is Oversikt («#/», «#/?utlysning=…» or none). */
export function addressIsOverview(hash: string): boolean {
  return hashPath(hash) === '/';
}

/** Starts the read, once. */
export function prefetchOverviewStart(): void {
  start.start(readOverviewStart);
}

/** The prefetched start while still valid (nothing written since, the same database), without handing it over. */
export function peekOverviewStart(): PrefetchedStart | undefined {
  return start.peek();
}

/** Lets the prefetched start go: later visits read afresh. */
export function dropOverviewStart(): void {
  start.drop();
}
