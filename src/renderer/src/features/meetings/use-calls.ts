// The calls to choose between, newest first (live).
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';

export function useCallsNewestFirst(): Call[] | undefined {
  return useLiveQuery(async () =>
    (await getDb().calls.toArray()).sort((a, b) => b.year - a.year || b.deadline.localeCompare(a.deadline)),
  );
}

/** A service error's message for the officer; anything else is rethrown to the error boundary. */
export function messageOf(e: unknown): string {
  if (e instanceof Error && e.name === 'ValidationError') return e.message;
  throw e;
}
