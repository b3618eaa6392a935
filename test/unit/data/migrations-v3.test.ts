import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { GENESIS_HASH } from '@renderer/domain/change-log-chain';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { createEntity } from '@renderer/services/entity-writer';
import { OrganisationSchema } from '@renderer/domain/organisation';
import { testContext } from '../services/test-context';
import { migrateFrom } from './migration-harness';

const oldEntry = (n: number) => ({
  at: `2020-01-0${n}T08:00:00.000Z`,
  actor: 'Ola Nordmann',
  entity: 'organisations',
  entityId: `o${n}`,
  action: 'opprettet',
  before: null,
  after: { id: `o${n}`, name: `Forening ${n}` },
});

describe('migration v2 -> v3', () => {
  it('chains the existing change-log entries in id order, keeping their content', async () => {
    const db = await migrateFrom('mig3', 2, (old) =>
      old.table('changeLog').bulkAdd([oldEntry(1), oldEntry(2), oldEntry(3)]),
    );
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const entries = await db.changeLog.orderBy(':id').toArray();
    expect(entries.map((e) => e.entityId)).toEqual(['o1', 'o2', 'o3']);
    expect(entries[0]).toMatchObject({ ...oldEntry(1), id: 1, prevHash: GENESIS_HASH });
    expect(entries[2]?.prevHash).toBe(entries[1]?.hash);
    expect(await verifyChangeLog(db)).toEqual({ ok: true, count: 3 });
    db.close();
  });

  it('lets new writes continue the migrated chain', async () => {
    const db = await migrateFrom('mig3', 1, (old) => old.table('changeLog').bulkAdd([oldEntry(1), oldEntry(2)]));
    await createEntity(testContext({ db }), 'organisations', OrganisationSchema, {
      orgnr: '864139442',
      name: 'Bergen Røde Kors',
      registeredInFrivillighetsregisteret: true,
      kind: 'frivillig',
    });
    expect(await verifyChangeLog(db)).toEqual({ ok: true, count: 3 });
    expect((await db.changeLog.get(3))?.prevHash).toBe((await db.changeLog.get(2))?.hash);
    db.close();
  });

  it('opens an empty older database', async () => {
    const db = await migrateFrom('mig3', 2, async () => undefined);
    expect(await verifyChangeLog(db)).toEqual({ ok: true, count: 0 });
    db.close();
  });
});
