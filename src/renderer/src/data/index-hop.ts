// The rows whose indexed field is one of many keys, read with one IndexedDB cursor that jumps from
// wanted key to wanted key (`continue(key)`), inside the caller's Dexie read transaction. Dexie's
// own `anyOf` walks the same way, but wraps every step in its promise and zone machinery: for a
// call's 5 000 decisions that was most of the read. Here each step is one plain callback. Keys
// that are random (UUIDs) cost one jump each; wanted rows that lie side by side cost none.
import { Dexie, type Table } from 'dexie';

/** IndexedDB's order for the string keys used here: by UTF-16 code units, as `<` compares. */
function sortedUnique(keys: readonly string[]): string[] {
  return [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every row of `table` whose `index` (a plain, single-field index with string keys, or ':id' for
 * the primary key) is one of `keys`, in index order. Inside a Dexie transaction holding the table
 * it walks the raw cursor; elsewhere it leaves the walk to Dexie. Never inside a live query
 * (useLiveQuery): Dexie does not see the raw reads, so the query would not run again when those
 * rows change.
 */
export function readIndexAnyOf<T, K, I>(table: Table<T, K, I>, index: string, keys: readonly string[]): Promise<T[]> {
  if (keys.length === 0) return Dexie.Promise.resolve([]);
  const trans = Dexie.currentTransaction?.idbtrans;
  if (!trans || !trans.objectStoreNames.contains(table.name)) return table.where(index).anyOf([...keys]).toArray();
  const wanted = sortedUnique(keys);
  const store = trans.objectStore(table.name);
  return hop<T>(index === ':id' ? store : store.index(index), wanted);
}

/**
 * One cursor over the span of the wanted keys: a plain `continue()` while the wanted rows lie side
 * by side (Chromium then fetches ahead), a jump to the next wanted key otherwise. (Several cursors
 * at once in one transaction were slower here: each jump of one spoilt the others' fetching ahead.)
 */
function hop<T>(source: IDBIndex | IDBObjectStore, wanted: readonly string[]): Promise<T[]> {
  // A Dexie promise, so that awaiting it keeps the caller in its transaction's zone.
  return new Dexie.Promise<T[]>((resolve, reject) => {
    const found: T[] = [];
    // Dexie's own IDBKeyRange: the one of the IndexedDB it runs on (in tests, an in-memory one).
    const request = source.openCursor(Dexie.dependencies.IDBKeyRange.bound(wanted[0]!, wanted[wanted.length - 1]!));
    let next = 0;
    request.onerror = () => reject(request.error ?? new Error(source.name));
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(found);
      const key = cursor.key as string;
      while (next < wanted.length && wanted[next]! < key) next++;
      if (next === wanted.length) return resolve(found);
      if (wanted[next] === key) {
        found.push(cursor.value as T);
        cursor.continue();
      } else {
        cursor.continue(wanted[next]);
      }
    };
  });
}
