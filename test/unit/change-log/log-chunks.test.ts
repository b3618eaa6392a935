// A batch's change log goes to the database in chunks as they are hashed: the same rows, ids and
// hashes as one chained list, and still all-or-nothing with the batch.
import { describe, expect, it } from 'vitest';
import type { Organisation } from '@renderer/domain/organisation';
import { addChainedRows, chainChangeRows, readChainTip } from '@renderer/services/change-log-batch';
import type { ChangeRecord } from '@renderer/services/change-log';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { writeLoggedBatch } from '@renderer/services/logged-batch';
import { FIXED_NOW, testContext } from '../services/test-context';

const stamp = { at: FIXED_NOW, actor: 'Kari Saksbehandler' };

function organisation(i: number): Organisation {
  return {
    id: `org-${String(i).padStart(4, '0')}`,
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
    orgnr: String(900_000_000 + i),
    name: `Forening ${i}`,
    registeredInFrivillighetsregisteret: true,
    kind: 'frivillig',
  } as Organisation;
}

function created(i: number): ChangeRecord {
  const after = organisation(i);
  return { entity: 'organisations', entityId: after.id, action: 'opprettet', before: null, after };
}

describe('the change log of a batch, in chunks', () => {
  it('writes the rows, ids and hashes one chained list would', async () => {
    const { db } = testContext();
    await db.transaction('rw', db.organisations, db.changeLog, () => writeLoggedBatch(db, stamp, [{ table: 'organisations', before: undefined, after: organisation(0) }]));
    const changes = Array.from({ length: 10 }, (_, i) => created(i + 1));
    const tip = await db.transaction('r', db.changeLog, () => readChainTip(db));
    const expected = chainChangeRows(tip, stamp, changes);
    await db.transaction('rw', db.changeLog, async () => {
      await Promise.all(addChainedRows(db, await readChainTip(db), stamp, changes, 3));
    });
    const log = await db.changeLog.orderBy(':id').toArray();
    expect(log.slice(1)).toEqual(expected);
    expect(log.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await verifyChangeLog(db)).toEqual({ ok: true, count: 11 });
  });

  it('logs a batch larger than one chunk in the order of its writes, and the chain verifies', async () => {
    const { db } = testContext();
    const rows = Array.from({ length: 1_203 }, (_, i) => organisation(i));
    await db.transaction('rw', db.organisations, db.changeLog, () =>
      writeLoggedBatch(db, stamp, rows.map((after) => ({ table: 'organisations', before: undefined, after }))),
    );
    const log = await db.changeLog.orderBy(':id').toArray();
    expect(log.map((e) => e.entityId)).toEqual(rows.map((r) => r.id));
    expect(await db.organisations.count()).toBe(1_203);
    expect(await verifyChangeLog(db)).toEqual({ ok: true, count: 1_203 });
  });

  it('writes nothing when a later chunk fails, though earlier chunks were handed to the database', async () => {
    const { db } = testContext();
    const rows = Array.from({ length: 8 }, (_, i) => organisation(i));
    const changes: ChangeRecord[] = rows.map((after) => ({ entity: 'organisations', entityId: after.id, action: 'opprettet', before: null, after }));
    // The seventh entry cannot be made JSON: its chunk (the third of three) throws while hashing.
    const cyclic: Record<string, unknown> = { ...rows[6] };
    cyclic.self = cyclic;
    changes[6] = { ...changes[6]!, after: cyclic };
    const attempt = db.transaction('rw', db.organisations, db.changeLog, async () => {
      await db.organisations.bulkPut(rows);
      await Promise.all(addChainedRows(db, await readChainTip(db), stamp, changes, 3));
    });
    await expect(attempt).rejects.toThrow();
    expect(await db.changeLog.count()).toBe(0);
    expect(await db.organisations.count()).toBe(0);
  });
});
