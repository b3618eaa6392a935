// v6 adds the attachments table; data from v5 is untouched and the new table starts empty.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { migrateFrom } from './migration-harness';

describe('migration v5 -> v6: attachments', () => {
  it('keeps existing rows and opens an empty, queryable attachments table', async () => {
    const db = await migrateFrom('mig6', 5, async (old) => {
      await old.table('screeningSummaries').put({ applicationId: 'a1', summary: 'bestatt' });
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.screeningSummaries.get('a1')).toEqual({ applicationId: 'a1', summary: 'bestatt' });
    expect(await db.attachments.where('[ownerTable+ownerId]').equals(['reports', 'r1']).count()).toBe(0);
    db.close();
  });
});
