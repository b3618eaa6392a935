// readIndexEach: the rows whose indexed field is one of many keys, by one request per key sent at
// once inside the caller's transaction, or by Dexie's anyOf outside one.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { readIndexEach } from '@renderer/data/index-each';
import type { Payment } from '@renderer/domain/payment';

const at = '2024-01-01T00:00:00.000Z';
const pad = (i: number) => String(i).padStart(4, '0');
const payment = (id: string, decisionId: string): Payment => ({
  id, createdAt: at, updatedAt: at, decisionId, callId: 'c1', term: 1, amountOre: 100, dueDate: '2024-05-01',
});

async function seeded(name: string) {
  const db = openDatabase(name);
  // 600 payments: two for each of the decisions d-0000 … d-0299.
  await db.payments.bulkAdd(Array.from({ length: 600 }, (_, i) => payment(`p-${pad(i)}`, `d-${pad(i >> 1)}`)));
  return db;
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();
/** The payments of the given decision numbers, as the seed made them. */
const paymentsOf = (decisions: readonly number[]) => decisions.flatMap((d) => [`p-${pad(2 * d)}`, `p-${pad(2 * d + 1)}`]).sort();

describe('readIndexEach', () => {
  it('finds every row of the wanted keys, side by side or scattered, each once, in any order asked', async () => {
    const db = await seeded('index-each-mixed');
    // A run of neighbours (d-0010 … d-0059) and every seventh decision after them.
    const wanted = [...Array.from({ length: 50 }, (_, i) => 10 + i), ...Array.from({ length: 30 }, (_, i) => 70 + 7 * i)];
    const asked = [...wanted].reverse().map((d) => `d-${pad(d)}`);
    const rows = await db.transaction('r', db.payments, () => readIndexEach(db.payments, 'decisionId', [...asked, asked[0]!, 'd-9999', 'annen']));
    expect(ids(rows)).toEqual(paymentsOf(wanted));
  });

  it('gives the rows in index order inside a transaction, and the same rows outside one', async () => {
    const db = await seeded('index-each-order');
    const asked = ['d-0299', 'd-0000', 'd-0150'];
    const inside = await db.transaction('r', db.payments, () => readIndexEach(db.payments, 'decisionId', asked));
    expect(inside.map((p) => p.decisionId)).toEqual(['d-0000', 'd-0000', 'd-0150', 'd-0150', 'd-0299', 'd-0299']);
    expect(ids(await readIndexEach(db.payments, 'decisionId', asked))).toEqual(ids(inside));
  });

  it('agrees with the rest of the transaction: a read after it in the same transaction still works', async () => {
    const db = await seeded('index-each-same-tx');
    const result = await db.transaction('r', db.payments, db.decisions, async () => {
      const rows = await readIndexEach(db.payments, 'decisionId', ['d-0001', 'd-0002']);
      const count = await db.payments.count();
      return { rows, count };
    });
    expect(ids(result.rows)).toEqual(paymentsOf([1, 2]));
    expect(result.count).toBe(600);
  });

  it('is empty for no keys or keys that match nothing', async () => {
    const db = await seeded('index-each-empty');
    expect(await db.transaction('r', db.payments, () => readIndexEach(db.payments, 'decisionId', []))).toEqual([]);
    expect(await db.transaction('r', db.payments, () => readIndexEach(db.payments, 'decisionId', ['a', 'zzz']))).toEqual([]);
  });
});

describe('readIndexEach by primary key', () => {
  it('gives the rows of the wanted ids in key order, each once, and skips ids that are not there', async () => {
    const db = await seeded('index-each-ids');
    const asked = ['p-0420', 'p-0007', 'p-0420', 'p-9999', 'p-0100'];
    const rows = await db.transaction('r', db.payments, () => readIndexEach(db.payments, ':id', asked));
    expect(rows.map((p) => p.id)).toEqual(['p-0007', 'p-0100', 'p-0420']);
  });
});
