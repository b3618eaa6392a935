// Replaces every table with a checked backup's rows in one transaction: all of it or nothing.
import type { ServiceContext } from '../context';
import { createBackup } from './create-backup';
import { inspectBackup, type BackupPreview, type InspectOptions, type InspectedBackup } from './inspect-backup';
import { appendChangeLog, resolveStamp } from '../change-log';
import { getAnchorStore } from '../audit/anchor-registry';
import { readChainHead } from '../audit/anchor-store';
import { BACKUP_TABLES } from './backup-tables';
import type { Application } from '@renderer/domain/application';
import type { Screening } from '@renderer/domain/screening';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';

export class RestoreFailedError extends Error {
  override readonly name = 'RestoreFailedError';
}

/** The entity id of restore entries in the change log (entity 'settings', action 'gjenopprettet'). */
export const RESTORE_ENTITY_ID = 'gjenoppretting';

export async function restoreBackup(ctx: ServiceContext, backup: InspectedBackup): Promise<void> {
  const { db } = ctx;
  const stores = [...BACKUP_TABLES.map((name) => db.table(name)), db.screeningSummaries];
  const stamp = await resolveStamp(ctx);
  const { preview } = backup;
  try {
    await db.transaction('rw', stores, async () => {
      for (const name of BACKUP_TABLES) await db.table(name).clear();
      for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(backup.rows[name]);
      // Derived from the screenings, so not in the backup: rebuilt from the restored ones.
      await db.screeningSummaries.clear();
      const callOf = new Map((backup.rows.applications as unknown as Application[]).map((a) => [a.id, a.callId]));
      await db.screeningSummaries.bulkAdd(
        (backup.rows.screenings as unknown as Screening[]).map((s) => summaryRowOf(s, callOf.get(s.applicationId))),
      );
      // The restore itself is logged, chained after the backup's own newest entry.
      await appendChangeLog(db, stamp, {
        entity: 'settings',
        entityId: RESTORE_ENTITY_ID,
        action: 'gjenopprettet',
        before: null,
        after: {
          fileChecksum: preview.fileChecksum,
          backupCreatedAt: preview.createdAt,
          encrypted: preview.encrypted,
          rows: preview.total,
          counts: preview.counts,
        },
      });
    });
  } catch (error) {
    throw new RestoreFailedError(
      `Gjenopprettingen ble avbrutt, og dataene er som før. (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  // The officer chose to replace the whole log: the anchor follows it (the only unconditional move).
  const store = getAnchorStore();
  if (store) await store.write(await readChainHead(db), stamp.at);
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
  options: InspectOptions = {},
): Promise<RestoreResult> {
  const inspected = await inspectBackup(bytes, options);
  if (!inspected.ok) return inspected;
  const store = getAnchorStore();
  const safety = await createBackup(ctx.db, ctx.now(), store ? (head, at) => store.sign(head, at) : undefined);
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
