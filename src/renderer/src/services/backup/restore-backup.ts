// Replaces every table with a checked backup's rows in ONE transaction, fed a chunk at a time: all
// of it or nothing, even when the program is killed half-way (IndexedDB then drops the
// uncommitted transaction). Between chunks the file is read and checked outside IndexedDB, and
// Dexie.waitFor keeps the transaction open meanwhile.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { ServiceContext } from '../context';
import { createBackup, type BackupFile } from './create-backup';
import { inspectBackup, type BackupPreview, type BackupSource, type InspectOptions, type InspectedBackup } from './inspect-backup';
import { appendChangeLog, resolveStamp } from '../change-log';
import { getAnchorStore } from '../audit/anchor-registry';
import { readChainHead } from '../audit/anchor-store';
import { BACKUP_TABLES } from './backup-tables';
import type { Application } from '@renderer/domain/application';
import type { Screening } from '@renderer/domain/screening';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';
import { readRowChunks, type RowChunk } from './read-zip-backup';
import { WRITE_ORDER } from './write-order';
import { roomProblem, type StorageEstimate } from './storage-room';

export class RestoreFailedError extends Error {
  override readonly name = 'RestoreFailedError';
}

/** The entity id of restore entries in the change log (entity 'settings', action 'gjenopprettet'). */
export const RESTORE_ENTITY_ID = 'gjenoppretting';

const MEMORY_CHUNK_ROWS = 2000;
/** Reading one chunk never takes this long; a stuck read aborts the restore instead of hanging. */
const CHUNK_TIMEOUT_MS = 5 * 60_000;

async function* chunksOf(backup: InspectedBackup): AsyncGenerator<RowChunk> {
  if (backup.rows) {
    for (const table of WRITE_ORDER) {
      const rows = backup.rows[table];
      for (let i = 0; i < rows.length; i += MEMORY_CHUNK_ROWS) yield { table, rows: rows.slice(i, i + MEMORY_CHUNK_ROWS) };
    }
    return;
  }
  if (!backup.zip) throw new Error('backup without rows');
  // The same bytes as inspected (every entry's SHA-256 is checked again), so rows are not re-parsed by schema.
  yield* readRowChunks(backup.zip, { validate: false });
}

export interface RestoreOptions {
  /** Rows written so far of all. */
  onProgress?: (rows: number, totalRows: number) => void;
  /** False where the anchor store cannot be reached (a worker): the caller moves the anchor. */
  moveAnchor?: boolean;
}

export async function restoreBackup(ctx: ServiceContext, backup: InspectedBackup, options: RestoreOptions = {}): Promise<void> {
  const { db } = ctx;
  const stores = [...BACKUP_TABLES.map((name) => db.table(name)), db.screeningSummaries];
  const stamp = await resolveStamp(ctx);
  const { preview } = backup;
  let written = 0;
  try {
    await db.transaction('rw', stores, async () => {
      for (const name of BACKUP_TABLES) await db.table(name).clear();
      await db.screeningSummaries.clear();
      const chunks = chunksOf(backup);
      const read = () => {
        const next = Dexie.ignoreTransaction(() => chunks.next());
        // Awaited on the next turn; a failure meanwhile must not count as unhandled.
        next.catch(() => undefined);
        return next;
      };
      // The next chunk is read and parsed while this one is written: the database works in
      // another process, so the two overlap.
      let pending = read();
      // The summaries carry their application's call (Oversikt counts by it); applications come
      // before screenings in the backup, and any screening met first is summarised at the end.
      const callOf = new Map<string, string>();
      const waiting: Screening[] = [];
      for (;;) {
        const next = await Dexie.waitFor(pending, CHUNK_TIMEOUT_MS);
        if (next.done) break;
        pending = read();
        const { table, rows } = next.value;
        await db.table(table).bulkAdd(rows);
        // Derived from the screenings, so not in the backup: rebuilt from the restored ones.
        if (table === 'applications') for (const a of rows as unknown as Application[]) callOf.set(a.id, a.callId);
        if (table === 'screenings') {
          const screenings = rows as unknown as Screening[];
          waiting.push(...screenings.filter((s) => !callOf.has(s.applicationId)));
          await db.screeningSummaries.bulkAdd(
            screenings.filter((s) => callOf.has(s.applicationId)).map((s) => summaryRowOf(s, callOf.get(s.applicationId))),
          );
        }
        options.onProgress?.((written += rows.length), preview.total);
      }
      if (waiting.length > 0) {
        const applications = await db.applications.bulkGet(waiting.map((s) => s.applicationId));
        await db.screeningSummaries.bulkAdd(waiting.map((s, i) => summaryRowOf(s, applications[i]?.callId)));
      }
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
  if (options.moveAnchor !== false) await moveAnchorAfterRestore(db, stamp.at);
}

/**
 * Whether the restore stamped `at` committed: its own change-log entry is the newest. Asked after a
 * cancel, which may come as the transaction commits, so the page says what really happened.
 */
export async function restoreLanded(db: AppDatabase, at: string): Promise<boolean> {
  const last = await db.changeLog.orderBy(':id').last();
  return last?.entityId === RESTORE_ENTITY_ID && last.action === 'gjenopprettet' && last.at === at;
}

/** The officer chose to replace the whole log: the anchor follows it (the only unconditional move). */
export async function moveAnchorAfterRestore(db: AppDatabase, at: string): Promise<void> {
  const store = getAnchorStore();
  if (store) await store.write(await readChainHead(db), at);
}

export type RestoreResult =
  | { ok: true; preview: BackupPreview; safetyFileName: string }
  | { ok: false; error: string };

/** Where the heavy steps run; by default here, in this thread (the page passes its worker's). */
export interface RestoreSteps {
  /** Today's data as a backup file: the safety copy saved before anything is replaced. */
  takeSafetyBackup: () => Promise<BackupFile>;
  restore: (backup: InspectedBackup, options: RestoreOptions) => Promise<void>;
}

export interface RestoreWithSafetyOptions extends InspectOptions, RestoreOptions {
  /** Tests: the browser's storage estimate. */
  estimate?: StorageEstimate;
  steps?: RestoreSteps;
}

/**
 * Checks the file, checks there is room, saves a backup of today's data through `saveSafety`, then
 * restores. A refused file, too little room, or a safety backup that could not be saved, leaves
 * the database as it was.
 */
export async function restoreWithSafetyBackup(
  ctx: ServiceContext,
  source: BackupSource,
  saveSafety: (file: BackupFile) => Promise<void>,
  options: RestoreWithSafetyOptions = {},
): Promise<RestoreResult> {
  const inspected = await inspectBackup(source, options);
  if (!inspected.ok) return inspected;
  return restoreInspected(ctx, inspected.backup, saveSafety, options);
}

/** The second half of restoreWithSafetyBackup, for a backup the officer has already seen checked. */
export async function restoreInspected(
  ctx: ServiceContext,
  backup: InspectedBackup,
  saveSafety: (file: BackupFile) => Promise<void>,
  options: RestoreWithSafetyOptions = {},
): Promise<RestoreResult> {
  const room = await roomProblem(backup.preview.plainBytes, options.estimate);
  if (room) return { ok: false, error: room };
  const store = getAnchorStore();
  const steps: RestoreSteps = options.steps ?? {
    takeSafetyBackup: () => createBackup(ctx.db, ctx.now(), store ? (head, at) => store.sign(head, at) : undefined),
    restore: (inspected, restoreOptions) => restoreBackup(ctx, inspected, restoreOptions),
  };
  const safety = await steps.takeSafetyBackup();
  try {
    await saveSafety(safety);
  } catch {
    return {
      ok: false,
      error: 'Sikkerhetskopien av dagens data kunne ikke lagres, så ingenting er gjenopprettet.',
    };
  }
  await steps.restore(backup, options.onProgress ? { onProgress: options.onProgress } : {});
  return { ok: true, preview: backup.preview, safetyFileName: safety.fileName };
}
