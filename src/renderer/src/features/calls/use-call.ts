// One call, live: undefined while loading, null when it does not exist.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';

export function useCall(id: string | undefined): Call | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDb().calls.get(id)) ?? null) : null), [id]);
}
