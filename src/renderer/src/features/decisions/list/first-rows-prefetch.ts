// Vedtak og brev's first rows, read at start-up when the program opens on the list (or when the
// officer points at its menu entry), so they are ready the moment the list mounts instead of being
// read after it: the calls for the chooser, the chosen call's first rows and the change signal they
// were read at (data/startup-read.ts).
import type { AppDatabase } from '@renderer/data/db';
import { StartupReadSlot, type StartupRead } from '@renderer/data/startup-read';
import { lastChangeId } from '@renderer/data/change-signal';
import type { Call } from '@renderer/domain/call';
import { loadDecisionRows, type CallDecisions } from './load-decision-rows';

/**
 * How many rows the list reads before the rest: more than a tall window shows (rows are 57 px, so a
 * 2160 px screen at 100 % shows about 33 below the page's head). Each row costs four or five
 * IndexedDB requests (organisation, screening, decisions, letters), answered one after another:
 * fifty rows read in half the time of a hundred.
 */
export const FIRST_DECISION_ROWS = 50;

/** The change log's last id as text: the list reads again when it changes. */
export async function decisionListSignal(db: AppDatabase): Promise<string> {
  return String(await lastChangeId(db));
}

/** Newest year first, then the latest deadline: the call chooser's order, and the call shown when none is named. */
export function newestCallsFirst(calls: Call[]): Call[] {
  return calls.sort((a, b) => b.year - a.year || b.deadline.localeCompare(a.deadline));
}

export interface DecisionsPrefetch {
  calls: Call[];
  /** The call read: the one named, else the newest; undefined when there are no calls. */
  callId: string | undefined;
  /** Undefined when there is no call to read, null when the named call does not exist. */
  data: CallDecisions | null | undefined;
  /** The change log's last id, read before the rows. */
  signal: string;
}

export type PrefetchedDecisions = StartupRead<DecisionsPrefetch>;

const firstRows = new StartupReadSlot<DecisionsPrefetch>();

async function read(db: AppDatabase, callId: string | undefined): Promise<DecisionsPrefetch> {
  // Asked first, so a write after it shows as a newer signal once the list watches.
  const signal = decisionListSignal(db);
  // The named call's rows need not wait for the calls: both at once.
  const [calls, named] = await Promise.all([
    db.calls.toArray().then(newestCallsFirst),
    callId === undefined ? undefined : loadDecisionRows(db, callId, FIRST_DECISION_ROWS),
  ]);
  const chosen = callId ?? calls[0]?.id;
  const data = callId !== undefined ? named : chosen === undefined ? undefined : await loadDecisionRows(db, chosen, FIRST_DECISION_ROWS);
  return { calls, callId: chosen, data, signal: await signal };
}

/** Starts reading the list's first rows of `callId` (the newest call when undefined), once. */
export function prefetchFirstDecisionRows(callId: string | undefined): void {
  firstRows.start((db) => read(db, callId));
}

/** The prefetched read while still valid, without handing it over. */
export function peekPrefetchedDecisions(): PrefetchedDecisions | undefined {
  return firstRows.peek();
}

/** Hands the prefetched read over to the list (once); undefined when there is none or it is stale. */
export function takePrefetchedDecisions(): PrefetchedDecisions | undefined {
  return firstRows.take();
}
