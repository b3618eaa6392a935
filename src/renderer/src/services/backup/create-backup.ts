// A backup of every table as one JSON file, read in one transaction so it is a consistent snapshot.
import type { AppDatabase } from '@renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { BACKUP_FORMAT, tablesChecksum, type BackupEnvelope } from './backup-format';
import { backupFileName } from './backup-file-name';
import { toBackupValue } from './backup-json';
import { BACKUP_TABLES } from './backup-tables';
import { GENESIS_HASH } from '@renderer/domain/change-log-chain';
import type { ChainHead, SignedAnchor } from '@renderer/domain/change-log-anchor';

function headOf(entries: unknown[]): ChainHead {
  let head: ChainHead = { lastId: 0, hash: GENESIS_HASH };
  for (const e of entries as { id: number; hash: string }[]) if (e.id > head.lastId) head = { lastId: e.id, hash: e.hash };
  return head;
}

export interface BackupFile {
  bytes: Uint8Array;
  fileName: string;
}

/** Signs the backup's chain head with this installation's key (AnchorStore.sign). */
export type SignAnchor = (head: ChainHead, at: string) => Promise<SignedAnchor>;

export async function createBackup(db: AppDatabase, now: Date, signAnchor?: SignAnchor): Promise<BackupFile> {
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
  if (signAnchor) {
    // A backup matters more than its anchor: without one the restore preview says it is missing.
    try {
      envelope.anchor = await signAnchor(headOf(rows[BACKUP_TABLES.indexOf('changeLog')] ?? []), envelope.createdAt);
    } catch (error) {
      console.warn('[sikkerhetskopi] ankeret kunne ikke signeres', error);
    }
  }
  return { bytes: new TextEncoder().encode(JSON.stringify(envelope)), fileName: backupFileName(now) };
}
