// A backup's own audit, before anything is restored: its change log chain, its records against that
// log, and its anchor (the chain head signed when the backup was made). A forged backup with edited
// rows and a recomputed checksum fails here even though the checksum matches. Fed a chunk at a
// time: first the change log in id order, then the other tables' rows.
import { entityNameSchema } from '@renderer/domain/change-log';
import { createChainVerifier, type ChainedEntry } from '@renderer/domain/change-log-chain';
import { compareAnchor, signedAnchorSchema, type AnchorStatus, type SignedAnchor } from '@renderer/domain/change-log-anchor';
import { createRecordsAuditor } from '@renderer/domain/records-audit';
import { toJsonSafe } from '../change-log';
import type { DataAudit } from '../audit/verify-data';
import { UNLOGGED_TABLES } from '../audit/verify-data';
import type { BackupRows, BackupTable } from './backup-tables';

/** Checks an anchor's HMAC with this installation's key; absent when no key is at hand. */
export type AnchorCheck = (anchor: SignedAnchor) => Promise<boolean>;

export interface BackupAuditor {
  /** Change log entries, in id order, before any other rows. */
  noteLog(entries: readonly Record<string, unknown>[]): void;
  checkRows(table: BackupTable, rows: readonly Record<string, unknown>[]): void;
  finish(): Promise<DataAudit>;
}

export function createBackupAuditor(rawAnchor: unknown, checkAnchor: AnchorCheck | undefined): BackupAuditor {
  const parsed = signedAnchorSchema.safeParse(rawAnchor);
  const anchorId = parsed.success ? parsed.data.lastId : undefined;
  const chain = createChainVerifier();
  const records = createRecordsAuditor(UNLOGGED_TABLES);
  let lastId = 0;
  let atAnchor: string | undefined;
  return {
    noteLog(entries) {
      for (const entry of entries as unknown as ChainedEntry[]) {
        chain.push(entry);
        records.noteEntry(entry);
        lastId = Math.max(lastId, entry.id);
        if (entry.id === anchorId) atAnchor = entry.hash;
      }
    },
    checkRows(table, rows) {
      for (const row of rows) records.checkRow(table, String(row.id), toJsonSafe(row));
    },
    async finish() {
      let anchor: AnchorStatus = { kind: 'missing' };
      if (parsed.success) {
        const a = parsed.data;
        const valid = checkAnchor ? await checkAnchor(a) : undefined;
        if (valid === false) anchor = { kind: 'bad-signature', anchoredId: a.lastId };
        else {
          const compared = compareAnchor(a, atAnchor, lastId);
          anchor = valid === undefined && compared.kind === 'matched' ? { kind: 'key-unknown', anchoredId: a.lastId } : compared;
        }
      }
      return { chain: chain.result(), records: records.finish(entityNameSchema.options), anchor, anchorPlace: 'backup', changedDuring: false };
    },
  };
}

/** The whole audit over rows in memory (backups of version 1, and older schema versions). */
export async function auditBackup(
  rows: BackupRows,
  rawAnchor: unknown,
  checkAnchor: AnchorCheck | undefined,
): Promise<DataAudit> {
  const auditor = createBackupAuditor(rawAnchor, checkAnchor);
  auditor.noteLog((rows.changeLog as unknown as ChainedEntry[]).toSorted((a, b) => a.id - b.id) as unknown as Record<string, unknown>[]);
  for (const table of entityNameSchema.options) auditor.checkRows(table, rows[table] ?? []);
  return auditor.finish();
}
