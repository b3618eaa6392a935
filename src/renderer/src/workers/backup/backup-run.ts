// One backup job, where it runs (the worker, or the page when there is no Worker): the program's own
// backup services against the database opened by name. The host is the page's side: progress and
// the change log's anchor, whose key only the page can reach.
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import type { ChainHead, SignedAnchor } from '@renderer/domain/change-log-anchor';
import { createBackup } from '@renderer/services/backup/create-backup';
import { inspectBackup } from '@renderer/services/backup/inspect-backup';
import { restoreBackup } from '@renderer/services/backup/restore-backup';
import type { ServiceContext } from '@renderer/services/context';
import type { BackupJob, BackupJobResults } from './backup-protocol';

export interface JobHost {
  progress(done: number, total: number): void;
  sign(head: ChainHead, at: string): Promise<SignedAnchor>;
  checkAnchor(anchor: SignedAnchor): Promise<boolean>;
}

/** The database a job works on: the page's own connection when it runs in the page. */
export type OpenDb = (name: string) => AppDatabase;

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
    case 'inspect':
      return inspectBackup(job.source, {
        ...(job.password ? { password: job.password } : {}),
        // Without a store no key is at hand: the preview says the key is unknown, as before.
        ...(job.checkAnchor ? { checkAnchor: (anchor: SignedAnchor) => host.checkAnchor(anchor) } : {}),
        onProgress: (done, total) => host.progress(done, total),
      });
    case 'restore': {
      const { stamp } = job;
      const ctx: ServiceContext = {
        db: open(job.dbName),
        now: () => new Date(stamp.at),
        newId: () => crypto.randomUUID(),
        actor: () => stamp.actor,
      };
      await restoreBackup(ctx, job.backup, { onProgress: (done, total) => host.progress(done, total), moveAnchor: false });
      return null;
    }
  }
}
