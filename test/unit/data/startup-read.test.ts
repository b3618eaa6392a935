// StartupReadSlot: a start-up read is started once and handed over once; a write, a failed read or
// a new database (after a restore) lets it go, so a page never draws stale data from it.
import { afterEach, describe, expect, it } from 'vitest';
import { getDb, resetDb } from '@renderer/data/db';
import { StartupReadSlot } from '@renderer/data/startup-read';

const slot = new StartupReadSlot<number>();

afterEach(() => {
  slot.drop();
  resetDb();
});

describe('StartupReadSlot', () => {
  it('starts once, keeps the value for the first render, and hands it over once', async () => {
    let reads = 0;
    const read = async () => ++reads * 10;
    slot.start(read);
    slot.start(read);
    expect(await slot.peek()!.promise).toBe(10);
    expect(slot.peek()?.value).toBe(10);
    expect(reads).toBe(1);
    const taken = slot.take();
    expect(taken?.value).toBe(10);
    expect(slot.take()).toBeUndefined();
  });

  it('lets the read go when the database is written before the page takes it', async () => {
    slot.start(async (db) => db.calls.count());
    await slot.peek()!.promise;
    await getDb().settings.put({ id: 'annet' } as never);
    expect(slot.peek()).toBeUndefined();
  });

  it('lets the read go when it fails, or when the database was replaced since', async () => {
    slot.start(() => Promise.reject(new Error('lesefeil')));
    await expect(slot.peek()!.promise).rejects.toThrow('lesefeil');
    expect(slot.peek()).toBeUndefined();

    slot.start(async () => 1);
    await slot.peek()!.promise;
    resetDb();
    expect(slot.take()).toBeUndefined();
  });
});
