// The bench counts «first rows» from the program's own indexedDB.open call: getDb() marks it and
// opens there, before any query asks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_OPEN_CALL_MARK, DB_OPEN_MARK, getDb, resetDb } from '@renderer/data/db';

afterEach(() => {
  resetDb();
  performance.clearMarks();
  vi.restoreAllMocks();
});

describe('getDb', () => {
  it('marks the open call right before indexedDB.open and opens without waiting for a query', async () => {
    const order: string[] = [];
    const mark = performance.mark.bind(performance);
    vi.spyOn(performance, 'mark').mockImplementation((name, options) => {
      order.push(name);
      return mark(name, options);
    });
    const open = indexedDB.open.bind(indexedDB);
    vi.spyOn(indexedDB, 'open').mockImplementation((name, version) => {
      order.push(`indexedDB.open(${name})`);
      return open(name, version);
    });

    const db = getDb();
    expect(order).toEqual([DB_OPEN_CALL_MARK]);
    // No query was made: the open started by itself, and Dexie's «ready» mark follows it.
    await vi.waitFor(() => expect(order).toContain(DB_OPEN_MARK));
    expect(db.isOpen()).toBe(true);
    expect(order.slice(0, 2)).toEqual([DB_OPEN_CALL_MARK, 'indexedDB.open(tilskudd-frivillige)']);
    expect(performance.getEntriesByName(DB_OPEN_CALL_MARK)).toHaveLength(1);
  });

  it('marks once per database, not on every call', () => {
    const first = getDb();
    expect(getDb()).toBe(first);
    expect(performance.getEntriesByName(DB_OPEN_CALL_MARK)).toHaveLength(1);
  });
});
