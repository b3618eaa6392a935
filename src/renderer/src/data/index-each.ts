// The rows whose indexed field is one of many scattered keys, read with one plain `getAll(key)`
// request per key, all sent at once inside the caller's Dexie read transaction. The program's ids
// are random UUIDs, so a call's rows lie scattered over every index keyed by id: a cursor jumping
// from wanted key to wanted key (`continue(key)`, as Dexie's `anyOf` walks) waits for each jump
// before asking for the next, while requests sent together are answered back to back. For 5 000
// screenings among 50 000 that was ~2.5× faster than the jumping cursor; Dexie's own promise and
// zone machinery around each request would cost as much again, so the requests are raw
// (data/raw-batch.ts).
import { Dexie, type Table } from 'dexie';
import { rawReadBatch } from './raw-batch';

/** IndexedDB's order for the string keys used here: by UTF-16 code units, as `<` compares. */
function sortedUnique(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every row of `table` whose `index` (a plain, single-field index with string keys, or ':id' for
 * the primary key) is one of `keys`, in index order (by key, then primary key). Inside a Dexie
 * transaction holding the table it sends the raw requests; elsewhere it leaves the read to Dexie.
 * Never inside a live query (useLiveQuery): Dexie does not see the raw reads, so the query would
 * not run again when those rows change.
 */
export function readIndexEach<T, K, I>(table: Table<T, K, I>, index: string, keys: readonly string[]): Promise<T[]> {
  if (keys.length === 0) return Dexie.Promise.resolve([]);
  const wanted = sortedUnique(keys);
  const parts = new Array<T[]>(wanted.length);
  const batch = rawReadBatch([table.name], (reads) =>
    wanted.forEach((key, i) => {
      if (index === ':id') reads.get<T>(table.name, key, (row) => (parts[i] = row === undefined ? [] : [row]));
      else reads.getAllWhere<T>(table.name, index, key, (rows) => (parts[i] = rows));
    }),
  );
  // A Dexie promise, so that awaiting it keeps the caller in its transaction's zone.
  return batch ? batch.then(() => parts.flat()) : table.where(index).anyOf(wanted).toArray();
}
