import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { migrateFrom, openAtVersion } from './migration-harness';

describe('migration v1 -> v2', () => {
  it('backfills the letter language of existing settings to bokmål', async () => {
    const db = await migrateFrom('mig', 1, async (old) => {
      await old.table('settings').add({
        id: 'app',
        municipalityId: '4601',
        officerName: 'Ola Nordmann',
        firstRunCompletedAt: '2020-01-15T08:00:00.000Z',
      });
    });

    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.settings.get('app')).toEqual({
      id: 'app',
      municipalityId: '4601',
      officerName: 'Ola Nordmann',
      firstRunCompletedAt: '2020-01-15T08:00:00.000Z',
      letterLanguage: 'nb',
    });
    db.close();
  });

  it('keeps a letter language that is already set', async () => {
    const db = await migrateFrom('mig', 1, (old) =>
      old.table('settings').add({
        id: 'app',
        municipalityId: '4601',
        officerName: 'Ola Nordmann',
        firstRunCompletedAt: '2020-01-15T08:00:00.000Z',
        letterLanguage: 'nn',
      }),
    );
    expect((await db.settings.get('app'))?.letterLanguage).toBe('nn');
    db.close();
  });

  it('lets existing applications be found by call and organisation', async () => {
    const db = await migrateFrom('mig', 1, (old) =>
      old.table('applications').bulkAdd([
        { id: 'a1', callId: 'c1', organisationId: 'o1', title: 'Leksehjelp' },
        { id: 'a2', callId: 'c1', organisationId: 'o2', title: 'Språkkafé' },
        { id: 'a3', callId: 'c2', organisationId: 'o1', title: 'Leksehjelp' },
      ]),
    );
    const found = await db.applications
      .where('[callId+organisationId]')
      .equals(['c1', 'o1'])
      .toArray();
    expect(found.map((a) => a.id)).toEqual(['a1']);
    db.close();
  });

  it('adds the seeded municipalities to a database created without them', async () => {
    const db = await migrateFrom('mig', 1, async (old) => {
      expect(await old.table('municipalities').count()).toBe(0);
    });
    expect(await db.municipalities.count()).toBe(20);
    db.close();
  });

  it('refuses a version older than the first', async () => {
    await expect(openAtVersion('mig', 0)).rejects.toThrow();
  });
});
