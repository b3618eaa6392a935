// The whole change log, newest first, prepared for filtering; live, so new changes appear at once.
// Reading 100 000 entries takes seconds, so the newest page is read on its own first and shown at
// once; the full log follows for search, filters and the CSV.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type AppDatabase } from '@renderer/data/db';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import { toChangeLogRow, type ChangeLogRow } from './change-log-rows';
import { loadSubjectNames } from './change-log-subjects';

/** Entries read first, before the whole log: more than the largest page. */
const HEAD = 200;

export interface ChangeLogRows {
  rows: ChangeLogRow[];
  /** Entries in the log; more than rows.length while the rest is being read. */
  total: number;
  complete: boolean;
}

async function prepare(db: AppDatabase, entries: ChangeLogEntry[]): Promise<ChangeLogRow[]> {
  const names = await loadSubjectNames(db, entries);
  return entries.map((entry) => toChangeLogRow(entry, names));
}

export function useChangeLogRows(): ChangeLogRows | undefined {
  const head = useLiveQuery(async () => {
    const db = getDb();
    const [entries, total] = await Promise.all([db.changeLog.orderBy(':id').reverse().limit(HEAD).toArray(), db.changeLog.count()]);
    return { rows: await prepare(db, entries), total };
  }, []);
  // Started only once the head is shown: read alongside, the big read held the head back.
  const headShown = head !== undefined;
  const all = useLiveQuery(async () => {
    if (!headShown) return undefined;
    const db = getDb();
    return prepare(db, await db.changeLog.orderBy(':id').reverse().toArray());
  }, [headShown]);
  if (all) return { rows: all, total: all.length, complete: true };
  if (head) return { rows: head.rows, total: head.total, complete: head.rows.length >= head.total };
  return undefined;
}
