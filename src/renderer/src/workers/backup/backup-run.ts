// One backup job, where it runs (the worker, or the page when there is no Worker): the program's own
// backup services against the database opened by name. The host is the page's side: progress and
// the change log's anchor, whose key only the page can reach.
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import type { ChainHead, SignedAnchor } from '@renderer/domain/change-log-anchor';
import { createBackup } from '@renderer/services/backup/create-backup';
import { inspectBackup, type InspectedBackup } from '@renderer/services/backup/inspect-backup';
import { RangeFile, type ByteSource } from '@renderer/services/backup/byte-source';
import { restoreBackup } from '@renderer/services/backup/restore-backup';
import type { ServiceContext } from '@renderer/services/context';
import type { BackupJob, BackupJobResults, JobSource, PortableInspectResult } from './backup-protocol';

export interface JobHost {
  progress(done: number, total: number): void;
  /** Bytes of a RemoteFile source. */
  readRange(start: number, end: number): Promise<Uint8Array>;
  sign(head: ChainHead, at: string): Promise<SignedAnchor>;
  checkAnchor(anchor: SignedAnchor): Promise<boolean>;
}

/** The database a job works on: the page's own connection when it runs in the page. */
export type OpenDb = (name: string) => AppDatabase;

function readable(source: JobSource, host: JobHost): ByteSource {
  return source instanceof Blob ? source : new RangeFile(source.size, (start, end) => host.readRange(start, end));
}

export async function runBackupJob(
  job: BackupJob,
  host: JobHost,
  open: OpenDb = openDatabase,
): Promise<BackupJobResults[keyof BackupJobResults]> {
  switch (job.type) {
    case 'backup':
      return createBackup(open(job.dbName), new Date(job.now), job.sign ? (head, at) => host.sign(head, at) : undefined, {
        ...(job.password ? { password: job.password } : {}),
        ...(job.iterations ? { iterations: job.iterations } : {}),
        onProgress: ({ rows, totalRows }) => host.progress(rows, totalRows),
      });
    case 'inspect': {
      const result = await inspectBackup(readable(job.source, host), {
        ...(job.password ? { password: job.password } : {}),
        // Without a store no key is at hand: the preview says the key is unknown, as before.
        ...(job.checkAnchor ? { checkAnchor: (anchor: SignedAnchor) => host.checkAnchor(anchor) } : {}),
        onProgress: (done, total) => host.progress(done, total),
      });
      if (!result.ok || !result.backup.zip) return result as PortableInspectResult;
      // A file read through the page crosses back as what it is, not as a reader bound to this side.
      const { zip } = result.backup;
      return { ok: true, backup: { ...result.backup, zip: { ...zip, blob: job.source } } };
    }
    case 'restore': {
      const { stamp } = job;
      const ctx: ServiceContext = {
        db: open(job.dbName),
        now: () => new Date(stamp.at),
        newId: () => crypto.randomUUID(),
        actor: () => stamp.actor,
      };
      const { zip, ...rest } = job.backup;
      const backup: InspectedBackup = zip ? { ...rest, zip: { ...zip, blob: readable(zip.blob, host) } } : rest;
      await restoreBackup(ctx, backup, { onProgress: (done, total) => host.progress(done, total), moveAnchor: false });
      return null;
    }
  }
}
