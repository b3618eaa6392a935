import { describe, expect, it } from 'vitest';
import { OrganisationSchema } from '@renderer/domain/organisation';
import { createEntity, deleteEntity, updateEntity } from '@renderer/services/entity-writer';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { GENESIS_HASH, entryHash } from '@renderer/domain/change-log-chain';
import { openDatabase } from '@renderer/data/db';
import { testContext } from '../services/test-context';

const organisation = {
  orgnr: '864139442',
  name: 'Bergen Røde Kors',
  registeredInFrivillighetsregisteret: true,
  kind: 'frivillig' as const,
};

/** Five logged writes: create, three updates, delete. */
async function withHistory() {
  const ctx = testContext();
  const created = await createEntity(ctx, 'organisations', OrganisationSchema, organisation);
  for (const name of ['Røde Kors Bergen', 'Bergen RK', 'Bergen Røde Kors']) {
    await updateEntity(ctx, 'organisations', OrganisationSchema, created.id, { name });
  }
  await deleteEntity(ctx, 'organisations', created.id);
  return ctx;
}

describe('the change-log hash chain', () => {
  it('links every entry to the one before, from the genesis hash', async () => {
    const { db } = await withHistory();
    const entries = await db.changeLog.orderBy(':id').toArray();
    expect(entries.map((e) => e.id)).toEqual([1, 2, 3, 4, 5]);
    expect(entries[0]?.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    expect(new Set(entries.map((e) => e.hash)).size).toBe(5);
  });

  it('verifies a fresh chain, and an empty one', async () => {
    const ctx = await withHistory();
    expect(await verifyChangeLog(ctx.db)).toEqual({ ok: true, count: 5 });
    expect(await verifyChangeLog(openDatabase('tom'))).toEqual({ ok: true, count: 0 });
  });

  it('finds an entry edited after it was written', async () => {
    const { db } = await withHistory();
    await db.changeLog.update(3, { actor: 'Noen andre' });
    expect(await verifyChangeLog(db)).toEqual({
      ok: false,
      brokenAtId: 3,
      reason: 'Oppføring 3 er endret etter at den ble skrevet.',
    });
  });

  it('finds an edit deep inside a before/after value', async () => {
    const { db } = await withHistory();
    const entry = await db.changeLog.get(2);
    await db.changeLog.put({ ...entry!, after: { ...(entry!.after as object), name: 'Falsk navn' } });
    expect(await verifyChangeLog(db)).toMatchObject({ ok: false, brokenAtId: 2 });
  });

  it('finds a deleted entry and says where the chain jumps', async () => {
    const { db } = await withHistory();
    await db.changeLog.delete(3);
    expect(await verifyChangeLog(db)).toEqual({
      ok: false,
      brokenAtId: 3,
      reason: 'Oppføring 3 mangler: kjeden hopper fra 2 til 4.',
    });
  });

  it('finds the first entries deleted', async () => {
    const { db } = await withHistory();
    await db.changeLog.bulkDelete([1, 2]);
    expect(await verifyChangeLog(db)).toEqual({
      ok: false,
      brokenAtId: 1,
      reason: 'Oppføring 1–2 mangler: kjeden starter ved 3.',
    });
  });

  it('finds an entry replaced by one with a correct hash of its own', async () => {
    const { db } = await withHistory();
    const entry = (await db.changeLog.get(4))!;
    const forged = { ...entry, id: 4, actor: 'Noen andre', prevHash: GENESIS_HASH };
    await db.changeLog.put({ ...forged, hash: entryHash(forged, forged.prevHash) });
    expect(await verifyChangeLog(db)).toEqual({
      ok: false,
      brokenAtId: 4,
      reason: 'Oppføring 4 henger ikke sammen med oppføring 3: en oppføring er byttet ut.',
    });
  });

  it('keeps chaining after a write that was rolled back', async () => {
    const ctx = await withHistory();
    await expect(
      createEntity(ctx, 'organisations', OrganisationSchema, { ...organisation, orgnr: '12' }),
    ).rejects.toThrow();
    await createEntity(ctx, 'organisations', OrganisationSchema, organisation);
    expect(await verifyChangeLog(ctx.db)).toEqual({ ok: true, count: 6 });
  });
});
