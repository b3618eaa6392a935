// The overview's data: the calls to choose from, one call's «Å gjøre» and the «Frister» across calls.
// Read once each time the page opens (or the call or day changes), not as live queries: nothing on
// this page writes, a fresh read on every visit is what the officer sees, and at scale it spares
// re-reading the counts on every write elsewhere. The to-do counts and deadlines read thousands of
// records at scale, so they are read in Oversikt's worker. «I dag» is the date in Norway from the clock.
import { useEffect, useState } from 'react';
import { getDb } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import { osloDate } from '@renderer/domain/oslo-date';
import type { Deadline } from '@renderer/services/queries/overview/deadlines';
import type { CallTodo } from '@renderer/services/queries/overview/todo';
import { readOverview } from '@renderer/services/queries/overview-reads/client';

export function todayInOslo(now = new Date()): string {
  return osloDate(now);
}

/** The result of `load` for the current key; undefined while it is read (or when it fails). */
export function useRead<T>(key: string, load: () => Promise<T>): T | undefined {
  const [state, setState] = useState<{ key: string; value: T } | undefined>();
  useEffect(() => {
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

/** Newest year first; undefined while loading. */
export function useOverviewCalls(): Call[] | undefined {
  return useRead('calls', async () =>
    (await getDb().calls.toArray()).sort((a, b) => b.year - a.year || b.deadline.localeCompare(a.deadline) || a.id.localeCompare(b.id)),
  );
}

/** The call in progress: the newest that is neither a draft nor archived, else the newest. */
export function callInProgress(calls: readonly Call[]): Call | undefined {
  return calls.find((c) => c.status !== 'utkast' && c.status !== 'arkivert') ?? calls[0];
}

export function useCallTodo(callId: string | undefined, today: string): CallTodo | undefined {
  return useRead(`todo:${callId ?? ''}:${today}`, () => (callId ? readOverview(getDb(), { kind: 'todo', callId, today }) : Promise.resolve(undefined)));
}

export function useDeadlines(today: string, enabled = true): Deadline[] | undefined {
  return useRead(enabled ? `deadlines:${today}` : 'deadlines:waiting', () =>
    enabled ? readOverview(getDb(), { kind: 'deadlines', today }) : new Promise<Deadline[]>(() => {}),
  );
}
