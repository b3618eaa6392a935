// "Ta sikkerhetskopi nå": the whole database as one file, made in a worker (the window stays
// responsive) and handed to the platform (written to the backup folder a chunk at a time in
// Electron, a download in the browser). Returns a sentence saying where it went.
import { getDb } from '@renderer/data/db';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import type { BackupFile, BackupProgress } from '@renderer/services/backup';
import { ensureAnchorStore } from '@renderer/features/change-log/AnchorKeeper';
import { getAnchorStore } from '@renderer/services/audit/anchor-registry';
import { backupKeepCount } from '@renderer/services/backup/auto-backup';
import { backupText } from '@renderer/i18n/backup';
import { BackupCancelledError, startBackupJob, type BackupWorkerJob } from '@renderer/workers/backup/backup-client';

export interface WriteOptions {
  onProgress?: (written: number, total: number) => void;
  isCancelled?: () => boolean;
}

/** Writes a backup file through the platform, into the configured folder and keeping the configured number in Electron. */
export async function writeBackupFile(data: Blob, fileName: string, options: WriteOptions = {}): Promise<string> {
  const settings = await getDb().settings.get(SETTINGS_ID);
  const keep = backupKeepCount(settings);
  const folder = settings?.backupFolder;
  const { location } = await getPlatform().writeBackup({ fileName, data, keep, ...(folder ? { folder } : {}), ...options });
  return location;
}

export function backupSavedText(location: string): string {
  return getPlatform().kind === 'electron' ? backupText.savedElectron(location) : backupText.savedBrowser(location);
}

/** A backup of today's database made in the worker, signed with this installation's anchor key when one is set up. */
export function startBackupFile(
  now: Date,
  options: { password?: string; onProgress?: (done: number, total: number) => void } = {},
): BackupWorkerJob<BackupFile> {
  return startBackupJob(
    { type: 'backup', dbName: getDb().name, now: now.toISOString(), sign: getAnchorStore() !== null, ...(options.password ? { password: options.password } : {}) },
    options.onProgress ? { onProgress: options.onProgress } : {},
  );
}

/** Makes the file, then writes it; cancel() stops either step and leaves no file behind. */
export function startBackupNow(
  now: Date = new Date(),
  password?: string,
  onProgress?: (progress: BackupProgress) => void,
  onWriteProgress?: (written: number, total: number) => void,
): BackupWorkerJob<string> {
  let cancelled = false;
  ensureAnchorStore();
  const job = startBackupFile(now, {
    ...(password ? { password } : {}),
    ...(onProgress ? { onProgress: (rows, totalRows) => onProgress({ rows, totalRows }) } : {}),
  });
  const result = job.result.then(async ({ blob, fileName }) => {
    if (cancelled) throw new BackupCancelledError(backupText.backupCancelled);
    const location = await writeBackupFile(blob, fileName, {
      isCancelled: () => cancelled,
      ...(onWriteProgress ? { onProgress: onWriteProgress } : {}),
    }).catch((error: unknown) => {
      throw cancelled ? new BackupCancelledError(backupText.backupCancelled) : error;
    });
    return backupSavedText(location);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      job.cancel();
    },
  };
}

/** With a password every entry is encrypted (AES-GCM, key from PBKDF2); the name stays the same. */
export function takeBackupNow(
  now: Date = new Date(),
  password?: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<string> {
  return startBackupNow(now, password, onProgress).result;
}

/** The backup the automatic runs and the restore's safety copy make: in the worker. */
export const backupInWorker = (now: Date): Promise<BackupFile> => startBackupFile(now).result;

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
