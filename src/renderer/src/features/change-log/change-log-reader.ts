// Reads of the change log for the page: only the page shown, newest first, through the primary key
// or an index, and the count the same way. A log of 100 000 entries is never read whole to show 50.
// Free text needs every entry's readable text (its subject by name): that index is built in the
// background, a chunk at a time (buildSearchIndex), and a text filter selects ids from it.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { ChangeLogEntry, EntityName } from '@renderer/domain/change-log';
import { filterMatcher, toChangeLogRow, type ChangeLogFilter, type ChangeLogRow } from './change-log-rows';
import { emptySubjectNameCache, loadSubjectNames, type SubjectNameCache } from './change-log-subjects';

/** Which entries a filter selects: all, one actor's (by index), or these ids, newest first. */
export type Selection = { kind: 'all' } | { kind: 'actor'; actor: string } | { kind: 'ids'; ids: readonly number[] };

/** One entry's searchable text, without the entry: what a text filter needs of the whole log. */
export interface SearchEntry {
  id: number;
  entity: EntityName;
  actor: string;
  search: string;
}

const newestFirst = (a: number, b: number) => b - a;

/** The selection for a filter without free text, through the indexes only. */
export async function selectByIndex(db: AppDatabase, filter: Pick<ChangeLogFilter, 'entity' | 'actor'>): Promise<Selection> {
  if (filter.entity === '') return filter.actor === '' ? { kind: 'all' } : { kind: 'actor', actor: filter.actor };
  const [ofEntity, ofActor] = await Promise.all([
    db.changeLog.where('[entity+entityId]').between([filter.entity, Dexie.minKey], [filter.entity, Dexie.maxKey]).primaryKeys(),
    filter.actor === '' ? undefined : db.changeLog.where('actor').equals(filter.actor).primaryKeys(),
  ]);
  // Auto-increment ids: always numbers.
  const actorIds = ofActor ? new Set(ofActor as number[]) : undefined;
  const ids = (ofEntity as number[]).filter((id) => !actorIds || actorIds.has(id));
  return { kind: 'ids', ids: ids.sort(newestFirst) };
}

/** The selection for a filter with free text, from the search index. */
export function selectBySearch(index: readonly SearchEntry[], filter: ChangeLogFilter): Selection {
  const matches = filterMatcher(filter);
  return { kind: 'ids', ids: index.filter(matches).map((e) => e.id) };
}

/** Entries the selection holds. */
export async function countSelection(db: AppDatabase, selection: Selection): Promise<number> {
  if (selection.kind === 'all') return db.changeLog.count();
  if (selection.kind === 'actor') return db.changeLog.where('actor').equals(selection.actor).count();
  return selection.ids.length;
}

async function readEntries(db: AppDatabase, selection: Selection, offset: number, limit: number): Promise<ChangeLogEntry[]> {
  if (selection.kind === 'all') return db.changeLog.orderBy(':id').reverse().offset(offset).limit(limit).toArray();
  if (selection.kind === 'actor') {
    return db.changeLog.where('actor').equals(selection.actor).reverse().offset(offset).limit(limit).toArray();
  }
  const entries = await db.changeLog.bulkGet([...selection.ids.slice(offset, offset + limit)]);
  return entries.filter((e): e is ChangeLogEntry => e !== undefined);
}

/** Entries as rows, their subjects named by bulk look-ups of just these entries (and not in `cache`). */
export async function toRows(db: AppDatabase, entries: readonly ChangeLogEntry[], cache?: SubjectNameCache): Promise<ChangeLogRow[]> {
  const names = await loadSubjectNames(db, entries, cache);
  return entries.map((entry) => toChangeLogRow(entry, names));
}

const NAMED_TABLES = (db: AppDatabase) => [db.changeLog, db.calls, db.organisations, db.applications, db.decisions];

/** One page of the selection, newest first, as rows. */
export async function readPage(db: AppDatabase, selection: Selection, offset: number, limit: number): Promise<ChangeLogRow[]> {
  return db.transaction('r', NAMED_TABLES(db), async () => toRows(db, await readEntries(db, selection, offset, limit)));
}

/**
 * The whole log in chunks of about `chunk` entries, newest first, by ranges of ids: each chunk is one
 * forward read (a reverse read walks a cursor entry by entry). Ids only grow, so gaps merely thin a chunk.
 */
async function eachChunkNewestFirst(
  db: AppDatabase,
  chunk: number,
  visit: (entries: ChangeLogEntry[]) => Promise<boolean | void>,
): Promise<void> {
  const [first, last] = (await Promise.all([db.changeLog.orderBy(':id').firstKey(), db.changeLog.orderBy(':id').lastKey()])) as (number | undefined)[];
  if (first === undefined || last === undefined) return;
  for (let high = last; high >= first; high -= chunk) {
    const entries = await db.changeLog.where(':id').between(Math.max(first, high - chunk + 1), high, true, true).toArray();
    if ((await visit(entries.reverse())) === false) return;
  }
}

/** Every entry of the selection as rows, newest first (the CSV): one read transaction, a chunk at a time. */
export async function readAllRows(db: AppDatabase, selection: Selection, chunk = 5_000): Promise<ChangeLogRow[]> {
  return db.transaction('r', NAMED_TABLES(db), async () => {
    const cache = emptySubjectNameCache();
    const rows: ChangeLogRow[] = [];
    if (selection.kind === 'all') {
      await eachChunkNewestFirst(db, chunk, async (entries) => {
        rows.push(...(await toRows(db, entries, cache)));
      });
      return rows;
    }
    if (selection.kind === 'actor') {
      // Equal index keys are in id order: reversed, newest first.
      return toRows(db, (await db.changeLog.where('actor').equals(selection.actor).toArray()).reverse(), cache);
    }
    for (let i = 0; i < selection.ids.length; i += chunk) {
      const entries = await db.changeLog.bulkGet([...selection.ids.slice(i, i + chunk)]);
      rows.push(...(await toRows(db, entries.filter((e): e is ChangeLogEntry => e !== undefined), cache)));
    }
    return rows;
  });
}

export interface IndexProgress {
  done: number;
  total: number;
}

/**
 * The search text of every entry, newest first, a chunk at a time with the names read so far kept.
 * `yieldNow` runs between chunks, so the page stays responsive; a true `cancelled()` stops the work
 * (undefined is returned).
 */
export async function buildSearchIndex(
  db: AppDatabase,
  options: { chunk?: number; onProgress?: (p: IndexProgress) => void; yieldNow?: () => Promise<void>; cancelled?: () => boolean } = {},
): Promise<SearchEntry[] | undefined> {
  const { chunk = 5_000, onProgress, yieldNow, cancelled } = options;
  const total = await db.changeLog.count();
  onProgress?.({ done: 0, total });
  const cache = emptySubjectNameCache();
  const index: SearchEntry[] = [];
  let stopped = false;
  await eachChunkNewestFirst(db, chunk, async (entries) => {
    for (const row of await toRows(db, entries, cache)) index.push({ id: row.id, entity: row.entity, actor: row.actor, search: row.search });
    onProgress?.({ done: index.length, total: Math.max(total, index.length) });
    await yieldNow?.();
    stopped = cancelled?.() ?? false;
    return !stopped;
  });
  return stopped ? undefined : index;
}
