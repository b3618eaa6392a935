// The backup file: one JSON object with the rows of every table and a checksum over them.
import { canonicalJson } from '@renderer/domain/change-log-chain';
import type { SignedAnchor } from '@renderer/domain/change-log-anchor';
import { sha256Hex } from '@renderer/domain/decisions/sha256';

export const BACKUP_FORMAT = 'tilskudd-frivillige-backup';

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  /** The database schema version the rows are shaped by. */
  formatVersion: number;
  createdAt: string;
  /** SHA-256 of the canonical JSON of `tables`. */
  checksum: string;
  tables: Record<string, unknown[]>;
  /**
   * The change log's newest id and hash at backup time, signed with this installation's key
   * (HMAC-SHA-256; domain/change-log-anchor.ts). Outside the checksum: the HMAC protects it.
   * Absent in backups from before format 7 and when no key was at hand.
   */
  anchor?: SignedAnchor;
}

/** Canonical, so the checksum does not depend on how a JSON writer orders keys. WebCrypto: fast
 * on large letter bytes, and no transaction is open here. */
export function tablesChecksum(tables: unknown): Promise<string> {
  return sha256Hex(new TextEncoder().encode(canonicalJson(tables)));
}
