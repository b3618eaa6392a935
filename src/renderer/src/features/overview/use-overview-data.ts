// The overview's live data: the calls to choose from, one call's «Å gjøre» and the «Frister» across
// calls. «I dag» is the date in Norway, read from the clock each render (tests set the clock).
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import { osloDate } from '@renderer/domain/oslo-date';
import { collectDeadlines, type Deadline } from '@renderer/services/queries/overview/deadlines';
import { loadCallTodo, type CallTodo } from '@renderer/services/queries/overview/todo';

export function todayInOslo(now = new Date()): string {
  return osloDate(now);
}

/** Newest year first; undefined while loading. */
export function useOverviewCalls(): Call[] | undefined {
  return useLiveQuery(async () =>
    (await getDb().calls.toArray()).sort((a, b) => b.year - a.year || b.deadline.localeCompare(a.deadline) || a.id.localeCompare(b.id)),
  );
}

/** The call in progress: the newest that is neither a draft nor archived, else the newest. */
export function callInProgress(calls: readonly Call[]): Call | undefined {
  return calls.find((c) => c.status !== 'utkast' && c.status !== 'arkivert') ?? calls[0];
}

export function useCallTodo(callId: string | undefined, today: string): CallTodo | undefined {
  return useLiveQuery(
    () => (callId ? loadCallTodo(getDb(), callId, today) : Promise.resolve(undefined)),
    [callId, today],
  );
}

export function useDeadlines(today: string): Deadline[] | undefined {
  return useLiveQuery(() => collectDeadlines(getDb(), today), [today]);
}
