// A backup made before schema v22 has decisions, payments and reports without their call. Restore
// fills it as the database upgrade does (decision → application's call, payment and report →
// decision's call), so the rows validate and the readers by call find them.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { inspectBackup, restoreBackup } from '@renderer/services/backup';
import { tablesChecksum } from '@renderer/services/backup/backup-format';
import { FIXED_NOW, testContext } from '../services/test-context';
import { createJsonBackup } from './legacy-json-backup';
import { fillEveryTable } from './every-table';

type BackupJson = { formatVersion: number; checksum: string; tables: Record<string, Record<string, unknown>[]> };

async function backupBeforeV22(mutate: (tables: BackupJson['tables']) => void = () => {}): Promise<Uint8Array> {
  const ctx = testContext({ db: openDatabase('backup-v22-source') });
  await fillEveryTable(ctx);
  const { bytes } = await createJsonBackup(ctx.db, new Date(FIXED_NOW));
  const file = JSON.parse(new TextDecoder().decode(bytes)) as BackupJson;
  file.formatVersion = 21;
  for (const table of ['decisions', 'payments', 'reports']) for (const row of file.tables[table]!) delete row['callId'];
  mutate(file.tables);
  file.checksum = await tablesChecksum(file.tables);
  return new TextEncoder().encode(JSON.stringify(file));
}

describe('restore of a backup from before v22', () => {
  it('gives decisions, payments and reports their call, and the restored database finds them by it', async () => {
    const inspected = await inspectBackup(await backupBeforeV22());
    if (!inspected.ok) throw new Error(inspected.error);
    const rows = inspected.backup.rows!;
    // fillEveryTable's one call, application and decision.
    expect(rows.decisions.map((d) => d.callId)).toEqual(['call-1']);
    expect(rows.payments.map((p) => p.callId)).toEqual(['call-1']);
    expect(rows.reports.map((r) => r.callId)).toEqual(['call-1']);

    const target = testContext({ db: openDatabase('backup-v22-target') });
    await restoreBackup(target, inspected.backup);
    expect(await target.db.decisions.where('callId').equals('call-1').primaryKeys()).toEqual(['dec-1']);
    expect(await target.db.payments.where('callId').equals('call-1').count()).toBe(1);
    expect(await target.db.reports.where('callId').equals('call-1').count()).toBe(1);
  });

  it('refuses, naming the table, a decision whose application is not in the backup', async () => {
    const inspected = await inspectBackup(
      await backupBeforeV22((tables) => {
        tables['decisions']![0]!['applicationId'] = 'missing-app';
      }),
    );
    expect(inspected.ok).toBe(false);
    if (!inspected.ok) expect(inspected.error).toMatch(/ugyldig rad i «Vedtak» \(rad 1, felt callId\).*Ingenting er gjenopprettet/);
  });
});
