// The whole change log, newest first, prepared for filtering; live, so new changes appear at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { toChangeLogRow, type ChangeLogRow } from './change-log-rows';

export function useChangeLogRows(): ChangeLogRow[] | undefined {
  return useLiveQuery(async () => {
    const entries = await getDb().changeLog.orderBy(':id').reverse().toArray();
    return entries.map(toChangeLogRow);
  }, []);
}
