// The 20 municipalities from the seed table, alphabetically; undefined while loading.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Municipality } from '@renderer/domain/municipality';

export function useMunicipalities(): Municipality[] | undefined {
  return useLiveQuery(() => getDb().municipalities.orderBy('name').toArray(), []);
}
