// The backup file as the program wrote it before backup version 2: one JSON object with every
// table and a checksum (the program still reads it). Tests use it to make such files.
import type { AppDatabase } from '@renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { GENESIS_HASH } from '@renderer/domain/change-log-chain';
import type { ChainHead } from '@renderer/domain/change-log-anchor';
import { BACKUP_FORMAT, tablesChecksum, type BackupEnvelope } from '@renderer/services/backup/backup-format';
import { toBackupValue } from '@renderer/services/backup/backup-json';
import { BACKUP_TABLES } from '@renderer/services/backup/backup-tables';
import { backupFileName } from '@renderer/services/backup/backup-file-name';
import type { SignAnchor } from '@renderer/services/backup/create-backup';

export async function createJsonBackup(
  db: AppDatabase,
  now: Date,
  signAnchor?: SignAnchor,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const rows = await db.transaction('r', BACKUP_TABLES.map((name) => db.table(name)), () =>
    Promise.all(BACKUP_TABLES.map((name) => db.table(name).toArray())),
  );
  const tables = Object.fromEntries(BACKUP_TABLES.map((name, i) => [name, (rows[i] ?? []).map(toBackupValue)]));
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    formatVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    checksum: await tablesChecksum(tables),
    tables,
  };
  if (signAnchor) {
    let head: ChainHead = { lastId: 0, hash: GENESIS_HASH };
    for (const e of (rows[BACKUP_TABLES.indexOf('changeLog')] ?? []) as { id: number; hash: string }[]) {
      if (e.id > head.lastId) head = { lastId: e.id, hash: e.hash };
    }
    envelope.anchor = await signAnchor(head, envelope.createdAt);
  }
  return { bytes: new TextEncoder().encode(JSON.stringify(envelope)), fileName: backupFileName(now).replace(/\.zip$/, '.json') };
}
