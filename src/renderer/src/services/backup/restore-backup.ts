// Replaces every table with a checked backup's rows in one transaction: all of it or nothing.
import type { ServiceContext } from '../context';
import { createBackup } from './create-backup';
import { inspectBackup, type BackupPreview, type InspectedBackup } from './inspect-backup';
import { BACKUP_TABLES } from './backup-tables';
import type { Screening } from '@renderer/domain/screening';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';

export class RestoreFailedError extends Error {
  override readonly name = 'RestoreFailedError';
}

export async function restoreBackup(ctx: ServiceContext, backup: InspectedBackup): Promise<void> {
  const { db } = ctx;
  const stores = [...BACKUP_TABLES.map((name) => db.table(name)), db.screeningSummaries];
  try {
    await db.transaction('rw', stores, async () => {
      for (const name of BACKUP_TABLES) await db.table(name).clear();
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(backup.rows[name]);
      // Derived from the screenings, so not in the backup: rebuilt from the restored ones.
      await db.screeningSummaries.clear();
      await db.screeningSummaries.bulkAdd((backup.rows.screenings as unknown as Screening[]).map(summaryRowOf));
    });
  } catch (error) {
    throw new RestoreFailedError(
      `Gjenopprettingen ble avbrutt, og dataene er som før. (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

export type RestoreResult =
  | { ok: true; preview: BackupPreview; safetyFileName: string }
  | { ok: false; error: string };

/**
 * Checks the file, saves a backup of today's data through `saveSafety`, then restores. A refused
 * file, or a safety backup that could not be saved, leaves the database as it was.
 */
export async function restoreWithSafetyBackup(
  ctx: ServiceContext,
  bytes: Uint8Array,
  saveSafety: (bytes: Uint8Array, fileName: string) => Promise<void>,
): Promise<RestoreResult> {
  const inspected = await inspectBackup(bytes);
  if (!inspected.ok) return inspected;
  const safety = await createBackup(ctx.db, ctx.now());
  try {
    await saveSafety(safety.bytes, safety.fileName);
  } catch {
    return {
      ok: false,
      error: 'Sikkerhetskopien av dagens data kunne ikke lagres, så ingenting er gjenopprettet.',
    };
  }
  await restoreBackup(ctx, inspected.backup);
  return { ok: true, preview: inspected.backup.preview, safetyFileName: safety.fileName };
}
