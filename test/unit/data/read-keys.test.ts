import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { readByIds, readWhereIn } from '@renderer/data/read-keys';
import type { Organisation } from '@renderer/domain/organisation';
import type { Payment } from '@renderer/domain/payment';
import { seededRandom } from '../../fixtures/generator/random';

const at = '2024-01-01T00:00:00.000Z';
const pad = (i: number) => String(i).padStart(4, '0');
const org = (id: string): Organisation => ({
  id, createdAt: at, updatedAt: at, orgnr: String(900_000_000 + Number(id.slice(4))), name: id, registeredInFrivillighetsregisteret: true, kind: 'frivillig',
});
const payment = (id: string, decisionId: string): Payment => ({
  id, createdAt: at, updatedAt: at, decisionId, callId: 'c1', term: 1, amountOre: 100, dueDate: '2024-05-01',
});

async function seeded(name: string) {
  const db = openDatabase(name);
  // 400 organisations; 400 payments, two per decision of 200.
  await db.organisations.bulkAdd(Array.from({ length: 400 }, (_, i) => org(`org-${pad(i)}`)));
  await db.payments.bulkAdd(Array.from({ length: 400 }, (_, i) => payment(`p-${pad(i)}`, `d-${pad(i >> 1)}`)));
  return db;
}

const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id).sort();

describe('readByIds', () => {
  it('reads a dense run of keys, leaving out the rows between them that were not asked for', async () => {
    const db = await seeded('read-keys-dense');
    // Every second one of org-0100 … org-0199: the span holds twice the wanted rows.
    const wanted = Array.from({ length: 50 }, (_, i) => `org-${pad(100 + 2 * i)}`);
    expect(ids(await readByIds(db.organisations, [...wanted].reverse()))).toEqual(wanted);
  });

  it('reads scattered keys one by one, each once, and skips keys that are not there', async () => {
    const db = await seeded('read-keys-scattered');
    const wanted = Array.from({ length: 40 }, (_, i) => `org-${pad(i * 10)}`);
    const asked = [...wanted, wanted[0]!, 'org-9999', 'finnes-ikke'];
    expect(ids(await readByIds(db.organisations, asked))).toEqual(wanted);
  });

  it('reads nothing for no keys', async () => {
    const db = await seeded('read-keys-none');
    expect(await readByIds(db.organisations, [])).toEqual([]);
  });
});

describe('readWhereIn', () => {
  it('gives every row whose indexed field is one of the keys, dense or scattered, in index order', async () => {
    const db = await seeded('read-where-in');
    const dense = Array.from({ length: 60 }, (_, i) => `d-${pad(20 + i)}`);
    const scattered = Array.from({ length: 40 }, (_, i) => `d-${pad(i * 5)}`);
    for (const keys of [dense, scattered, dense.slice(0, 3)]) {
      const rows = await readWhereIn(db.payments, 'decisionId', keys, (p) => p.decisionId);
      const expected = (await db.payments.toArray()).filter((p) => keys.includes(p.decisionId));
      expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      expect(rows).toHaveLength(keys.length * 2);
    }
  });
});

describe('keys scattered as the program gives them (random UUIDs)', () => {
  // 600 decisions with UUID-shaped ids, each with one payment (UUID id too): a call's decisions lie
  // scattered over the whole index, as on an officer's PC.
  const random = seededRandom(7);
  const uuid = () => Array.from({ length: 4 }, () => random.int(0, 0xffff_ffff).toString(16).padStart(8, '0')).join('').replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
  const decisionIds = Array.from({ length: 600 }, uuid);
  const paymentIds = decisionIds.map(() => uuid());

  async function scattered(name: string) {
    const db = openDatabase(name);
    await db.payments.bulkAdd(decisionIds.map((d, i) => payment(paymentIds[i]!, d)));
    await db.organisations.bulkAdd(paymentIds.slice(0, 400).map((id, i) => ({ ...org(`org-${pad(i)}`), id })));
    return db;
  }

  // A large share (the span is worth reading whole) and a small one (one request per key).
  it.each([[2, 'every second'], [15, 'every 15th']])('readWhereIn gives exactly the rows a filter of the table gives, for %i (%s)', async (every) => {
    const db = await scattered(`read-keys-uuid-where-${every}`);
    const wanted = decisionIds.filter((_, i) => i % every === 0);
    const asked = [...wanted, wanted[0]!, uuid()];
    const rows = await db.transaction('r', db.payments, () => readWhereIn(db.payments, 'decisionId', asked, (p) => p.decisionId));
    const expected = (await db.payments.toArray()).filter((p) => wanted.includes(p.decisionId));
    expect(ids(rows)).toEqual(ids(expected));
    expect(rows).toHaveLength(wanted.length);
  });

  it.each([2, 10])('readByIds gives each wanted row once, for every %ith id', async (every) => {
    const db = await scattered(`read-keys-uuid-ids-${every}`);
    const wanted = paymentIds.slice(0, 400).filter((_, i) => i % every === 0);
    const rows = await db.transaction('r', db.organisations, () => readByIds(db.organisations, [...wanted, ...wanted.slice(0, 3), uuid()]));
    expect(ids(rows)).toEqual([...wanted].sort());
  });
});
