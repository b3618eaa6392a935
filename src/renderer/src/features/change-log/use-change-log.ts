// The whole change log, newest first, prepared for filtering; live, so new changes appear at once.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import { toChangeLogRow, type ChangeLogRow } from './change-log-rows';
import { loadSubjectNames } from './change-log-subjects';

export function useChangeLogRows(): ChangeLogRow[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const entries = await db.changeLog.orderBy(':id').reverse().toArray();
    const names = await loadSubjectNames(db, entries);
    return entries.map((entry) => toChangeLogRow(entry, names));
  }, []);
}
