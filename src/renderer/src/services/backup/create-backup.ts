// A backup of every table as one JSON file, read in one transaction so it is a consistent snapshot.
import type { AppDatabase } from '@renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { BACKUP_FORMAT, tablesChecksum, type BackupEnvelope } from './backup-format';
import { backupFileName } from './backup-file-name';
import { toBackupValue } from './backup-json';
import { BACKUP_TABLES } from './backup-tables';

export interface BackupFile {
  bytes: Uint8Array;
  fileName: string;
}

export async function createBackup(db: AppDatabase, now: Date): Promise<BackupFile> {
  const stores = BACKUP_TABLES.map((name) => db.table(name));
  const rows = await db.transaction('r', stores, () =>
    Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray())),
  );
  const tables = Object.fromEntries(
    BACKUP_TABLES.map((name, i) => [name, (rows[i] ?? []).map(toBackupValue)]),
  );
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    formatVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    checksum: await tablesChecksum(tables),
    tables,
  };
  return { bytes: new TextEncoder().encode(JSON.stringify(envelope)), fileName: backupFileName(now) };
}
