// A backup made before schema v12 (no repayments table, reports without «unused amount stated»)
// is still read: the table starts empty and the reports get the flag as the database upgrade gives it.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { inspectBackup } from '@renderer/services/backup';
import { createJsonBackup } from './legacy-json-backup';
import { tablesChecksum } from '@renderer/services/backup/backup-format';
import { FIXED_NOW, testContext } from '../services/test-context';
import { fillEveryTable } from './every-table';

type BackupJson = { formatVersion: number; checksum: string; tables: Record<string, Record<string, unknown>[]> };

describe('inspectBackup of a backup from before v12', () => {
  it('accepts the missing repayments table and backfills the report checklist flag', async () => {
    const ctx = testContext({ db: openDatabase('backup-v12') });
    await fillEveryTable(ctx);
    const { bytes } = await createJsonBackup(ctx.db, new Date(FIXED_NOW));
    const file = JSON.parse(new TextDecoder().decode(bytes)) as BackupJson;
    file.formatVersion = 6;
    delete file.tables['repayments'];
    for (const report of file.tables['reports']!) delete report['unusedAmountStated'];
    file.checksum = await tablesChecksum(file.tables);
    const inspected = await inspectBackup(new TextEncoder().encode(JSON.stringify(file)));
    if (!inspected.ok) throw new Error(inspected.error);
    expect(inspected.backup.rows!.repayments).toEqual([]);
    // The fixture's report is approved with kr 2 500 unused: stated.
    expect(inspected.backup.rows!.reports[0]).toMatchObject({ approved: true, unusedAmountStated: true });
  });
});
