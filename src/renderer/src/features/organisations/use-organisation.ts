// One organisation, live: undefined while loading, null when it does not exist.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Organisation } from '@renderer/domain/organisation';

export function useOrganisation(id: string | undefined): Organisation | null | undefined {
  return useLiveQuery(async () => (id ? ((await getDb().organisations.get(id)) ?? null) : null), [id]);
}
