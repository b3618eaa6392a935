import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { listImportMappings, saveImportMapping } from '@renderer/services/import/mappings';
import { createBackup, inspectBackup } from '@renderer/services/backup';
import { testContext } from '../services/test-context';
import { migrateFrom } from './migration-harness';

const legacyMapping = {
  name: 'Søknadsportalen',
  headers: ['Org.nr', 'Navn'],
  mapping: { orgnr: 'Org.nr', organisasjon: 'Navn' },
  savedAt: '2020-01-05T08:00:00.000Z',
};

describe('migration v3 -> v4: import mappings get their own table', () => {
  it('moves mappings saved as a settings row into the new table and removes that row', async () => {
    const db = await migrateFrom('mig4', 3, async (old) => {
      await old.table('settings').put({ id: 'import-mappings', mappings: [legacyMapping] });
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.settings.get('import-mappings' as 'app')).toBeUndefined();
    expect(await listImportMappings(db)).toEqual([{ ...legacyMapping, id: 'søknadsportalen' }]);
    db.close();
  });

  it('keeps one mapping per name whatever its case, and a backup with mappings restores cleanly', async () => {
    const ctx = testContext();
    await saveImportMapping(ctx, { name: 'Portal', headers: ['A'], mapping: { orgnr: 'A' } });
    await saveImportMapping(ctx, { name: 'PORTAL ', headers: ['B'], mapping: { orgnr: 'B', tittel: undefined } });
    const saved = await listImportMappings(ctx.db);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: 'PORTAL', mapping: { orgnr: 'B' } });

    const backup = await createBackup(ctx.db, new Date('2020-02-01T10:00:00Z'));
    const inspected = await inspectBackup(backup.blob);
    expect(inspected.ok).toBe(true);
  });
});
