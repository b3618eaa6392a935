// Every transaction asks IndexedDB for strict durability: «lagret» means flushed to disk.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@renderer/data/db';

afterEach(() => vi.restoreAllMocks());

describe('the database', () => {
  it('opens its transactions with durability "strict"', async () => {
    const db = openDatabase('durability');
    await db.open();
    // Dexie opens every IndexedDB transaction through its DBCore, handing the durability on.
    const spy = vi.spyOn(db.core, 'transaction');
    await db.transaction('rw', db.organisations, db.changeLog, async () => {
      await db.changeLog.count();
    });
    expect(spy).toHaveBeenCalled();
    for (const call of spy.mock.calls) expect(call[2]).toEqual({ durability: 'strict' });
  });
});
