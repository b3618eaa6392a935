// The overview's data: the calls to choose from, one call's «Å gjøre» and the «Frister» across calls.
// Read once each time the page opens (or the call or day changes), not as live queries: nothing on
// this page writes, a fresh read on every visit is what the officer sees, and at scale it spares
// re-reading the counts on every write elsewhere. The to-do counts and deadlines read thousands of
// records at scale, so they are read in Oversikt's worker. «I dag» is the date in Norway from the clock.
import { useEffect, useRef, useState } from 'react';
import { getDb } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import { osloDate } from '@renderer/domain/oslo-date';
import type { Deadline } from '@renderer/services/queries/overview/deadlines';
import { callInProgress, callsNewestFirst } from '@renderer/services/queries/overview-figures/calls';
import type { CallTodo } from '@renderer/services/queries/overview/todo';
import { readOverview } from '@renderer/services/queries/overview-reads/client';
import type { PrefetchedStart } from './start-prefetch';

export function todayInOslo(now = new Date()): string {
  return osloDate(now);
}

/**
 * The result of `load` for the current key; undefined while it is read (or when it fails).
 * `initial`: the value for the first key when it is already at hand (read before the page drew).
 */
export function useRead<T>(key: string, load: () => Promise<T>, initial?: T): T | undefined {
  const [state, setState] = useState<{ key: string; value: T } | undefined>(() => (initial === undefined ? undefined : { key, value: initial }));
  // The key the initial value answers, until the key changes.
  const given = useRef(initial === undefined ? undefined : key);
  useEffect(() => {
    if (given.current === key) return;
    given.current = undefined;
    let current = true;
    load().then(
      (value) => current && setState({ key, value }),
      (error: unknown) => console.error('[overview] could not read', key, error),
    );
    return () => {
      current = false;
    };
    // `load` is a new function each render; the key says when it reads something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state?.key === key ? state.value : undefined;
}

/** Newest year first; undefined while loading. From the start-up read when the page has one. */
export function useOverviewCalls(prefetched?: PrefetchedStart): Call[] | undefined {
  return useRead(
    'calls',
    async () => {
      // A failed start-up read is read again here, where a failure is reported.
      const start = prefetched ? await prefetched.promise.catch(() => undefined) : undefined;
      return start?.calls ?? callsNewestFirst(await getDb().calls.toArray());
    },
    prefetched?.value?.calls,
  );
}

export { callInProgress };

export function useCallTodo(callId: string | undefined, today: string): CallTodo | undefined {
  return useRead(`todo:${callId ?? ''}:${today}`, () => (callId ? readOverview(getDb(), { kind: 'todo', callId, today }) : Promise.resolve(undefined)));
}

export function useDeadlines(today: string, enabled = true): Deadline[] | undefined {
  return useRead(enabled ? `deadlines:${today}` : 'deadlines:waiting', () =>
    enabled ? readOverview(getDb(), { kind: 'deadlines', today }) : new Promise<Deadline[]>(() => {}),
  );
}
