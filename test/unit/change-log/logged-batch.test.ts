// A batch's change log: one chained list added with one bulkAdd, in the order of the writes, and
// all-or-nothing with the batch's rows.
import { describe, expect, it } from 'vitest';
import type { Organisation } from '@renderer/domain/organisation';
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

describe('the change log of a batch', () => {
  it('logs a large batch in the order of its writes, and the chain verifies', async () => {
    const { db } = testContext();
    const rows = Array.from({ length: 1_203 }, (_, i) => organisation(i));
    await db.transaction('rw', db.organisations, db.changeLog, () =>
      writeLoggedBatch(db, stamp, rows.map((after) => ({ table: 'organisations', before: undefined, after }))),
    );
    const log = await db.changeLog.orderBy(':id').toArray();
    expect(log.map((e) => e.entityId)).toEqual(rows.map((r) => r.id));
    expect(log[0]?.after).toEqual(rows[0]);
    expect(await db.organisations.count()).toBe(1_203);
    expect(await verifyChangeLog(db)).toEqual({ ok: true, count: 1_203 });
  });

  it('writes nothing when an entry cannot be logged, though the rows were handed to the database first', async () => {
    const { db } = testContext();
    const rows = Array.from({ length: 8 }, (_, i) => organisation(i));
    // The seventh row cannot be made JSON, so its entry cannot be hashed.
    const cyclic: Record<string, unknown> = { ...rows[6] };
    cyclic.self = cyclic;
    const writes = rows.map((after, i) => ({ table: 'organisations' as const, before: undefined, after: (i === 6 ? cyclic : after) as Organisation }));
    await expect(db.transaction('rw', db.organisations, db.changeLog, () => writeLoggedBatch(db, stamp, writes))).rejects.toThrow();
    expect(await db.changeLog.count()).toBe(0);
    expect(await db.organisations.count()).toBe(0);
  });
});
