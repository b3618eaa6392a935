// Messages between the page and the backup worker. A job goes in; progress, requests the page must
// answer (signing or checking the change log's anchor: its key lives with the platform, which the
// worker cannot reach) and one final answer come out. Everything here is structured-cloneable: a
// Blob crosses as a reference to the same bytes, a CryptoKey as the same key.
import type { ChainHead, SignedAnchor } from '@renderer/domain/change-log-anchor';
import type { ChangeStamp } from '@renderer/services/change-log';
import type { BackupFile } from '@renderer/services/backup/create-backup';
import type { InspectResult, InspectedBackup } from '@renderer/services/backup/inspect-backup';

/** A file the page reads in ranges for the worker (Electron: main holds it open). */
export interface RemoteFile {
  kind: 'remote-file';
  size: number;
}

/** The file a job reads: a Blob the worker reads itself, or a file read through the page. */
export type JobSource = Blob | RemoteFile;

/** An inspected backup as it crosses to the page and back: its file as a JobSource. */
export type PortableInspected = Omit<InspectedBackup, 'zip'> & {
  zip?: Omit<NonNullable<InspectedBackup['zip']>, 'blob'> & { blob: JobSource };
};

export type BackupJob =
  | { type: 'backup'; dbName: string; now: string; sign: boolean; password?: string; iterations?: number }
  | { type: 'inspect'; source: JobSource; checkAnchor: boolean; password?: string }
  | { type: 'restore'; dbName: string; backup: PortableInspected; stamp: ChangeStamp };

export type PortableInspectResult = { ok: true; backup: PortableInspected } | Exclude<InspectResult, { ok: true }>;

/** What each job resolves to. */
export interface BackupJobResults {
  backup: BackupFile;
  inspect: PortableInspectResult;
  restore: null;
}

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'sign'; id: number; head: ChainHead; at: string }
  | { type: 'check-anchor'; id: number; anchor: SignedAnchor }
  | { type: 'read-range'; id: number; start: number; end: number }
  | { type: 'done'; value: BackupJobResults[keyof BackupJobResults] }
  | { type: 'error'; message: string };

export type ToWorker =
  | { type: 'job'; job: BackupJob }
  | { type: 'answer'; id: number; value: SignedAnchor | boolean | Uint8Array | null; error?: string };
