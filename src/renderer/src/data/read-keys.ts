// Reading the rows whose key (or an indexed field) is one of many given values, in as few
// IndexedDB requests as the data allows. Dexie's `anyOf` walks a cursor, one request per matching
// row, and `bulkGet` sends one request per key: thousands of round trips for a yearly report.
// When the wanted keys fill most of the span between the smallest and the largest of them, one
// `getAll` over that span and a filter in memory is far cheaper. The program's ids are random
// UUIDs, so a call's applications and decisions lie scattered over the whole id space: their span
// is then most of the table, worth reading whole when they are a large share of it (a year's
// decisions among ten years'); when they are a small share (a selection among 50 000), the
// per-key reads, all sent at once, stay cheaper.
import type { Table } from 'dexie';
import { readIndexEach } from './index-each';

/** Below this many keys the per-key reads are cheap enough; no span count is worth it. */
const FEW = 32;
/**
 * Read the span when it holds at most this many rows per wanted key: about where one row read
 * among the span and one request per key cost the same (rows of a few kB; small rows favour the span more).
 */
const MAX_SPAN_PER_KEY = 4;

function span(keys: readonly string[]): { wanted: Set<string>; lowest: string; highest: string } {
  const wanted = new Set(keys);
  let lowest = keys[0]!;
  let highest = keys[0]!;
  // IndexedDB orders strings by UTF-16 code units, as `<` does.
  for (const key of wanted) {
    if (key < lowest) lowest = key;
    if (key > highest) highest = key;
  }
  return { wanted, lowest, highest };
}

/**
 * The rows whose `field` (an indexed field, or ':id' for the primary key) is one of `keys`, in no
 * particular order. Call it inside the caller's read transaction when the rows must agree; not
 * inside a live query, whose watch misses the raw requests it may send (data/index-each.ts).
 */
export async function readWhereIn<T, K, I>(
  table: Table<T, K, I>,
  field: string,
  keys: readonly string[],
  valueOf: (row: T) => string,
): Promise<T[]> {
  return (await readSpan(table, field, keys, valueOf)) ?? readIndexEach(table, field, keys);
}

/**
 * As `readWhereIn`, for reads that may run inside a live query: scattered keys go through Dexie,
 * one `equals` query per key, all sent at once, which the live query watches, so a later write to
 * one of those rows re-runs it. (Dexie's `anyOf` walks one cursor from key to key: for a year's
 * 5 000 decisions among ten years' acceptances, 2–3× slower.) Not an async function: awaiting a
 * plain promise before the first Dexie read would leave the live query's zone, and the read would
 * go unwatched.
 */
export function readWhereInWatched<T, K, I>(
  table: Table<T, K, I>,
  field: string,
  keys: readonly string[],
  valueOf: (row: T) => string,
): Promise<T[]> {
  const wanted = [...new Set(keys)];
  const each = () => Promise.all(wanted.map((key) => table.where(field).equals(key).toArray())).then((rows) => rows.flat());
  if (wanted.length <= FEW) return each();
  return readSpan(table, field, keys, valueOf).then((rows) => rows ?? each());
}

/** The rows with these primary keys (each once; missing keys are left out), by the cheapest read. */
export async function readByIds<T extends { id: string }, I>(table: Table<T, string, I>, ids: readonly string[]): Promise<T[]> {
  const spanRows = await readSpan(table, ':id', ids, (row) => row.id);
  if (spanRows) return spanRows;
  // Scattered keys: gets sent at once beat a cursor that jumps from key to key.
  return (await table.bulkGet([...new Set(ids)])).filter((row): row is T => row !== undefined);
}

/** The span's rows that are wanted, or undefined when the span is not worth reading whole. */
async function readSpan<T, K, I>(
  table: Table<T, K, I>,
  field: string,
  keys: readonly string[],
  valueOf: (row: T) => string,
): Promise<T[] | undefined> {
  if (keys.length === 0) return [];
  const { wanted, lowest, highest } = span(keys);
  if (wanted.size <= FEW) return undefined;
  const range = table.where(field).between(lowest, highest, true, true);
  if ((await range.count()) > wanted.size * MAX_SPAN_PER_KEY) return undefined;
  return (await range.toArray()).filter((row) => wanted.has(valueOf(row)));
}
