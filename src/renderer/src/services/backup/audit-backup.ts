// A backup's own audit, before anything is restored: its change log chain, its records against that
// log, and its anchor (the chain head signed when the backup was made). A forged backup with edited
// rows and a recomputed checksum fails here even though the checksum matches.
import { entityNameSchema } from '@renderer/domain/change-log';
import { verifyChain, type ChainedEntry } from '@renderer/domain/change-log-chain';
import { compareAnchor, signedAnchorSchema, type AnchorStatus, type SignedAnchor } from '@renderer/domain/change-log-anchor';
import { createRecordsAuditor } from '@renderer/domain/records-audit';
import { toJsonSafe } from '../change-log';
import type { DataAudit } from '../audit/verify-data';
import { UNLOGGED_TABLES } from '../audit/verify-data';
import type { BackupRows } from './backup-tables';

/** Checks an anchor's HMAC with this installation's key; absent when no key is at hand. */
export type AnchorCheck = (anchor: SignedAnchor) => Promise<boolean>;

export async function auditBackup(
  rows: BackupRows,
  rawAnchor: unknown,
  checkAnchor: AnchorCheck | undefined,
): Promise<DataAudit> {
  const entries = (rows.changeLog as unknown as ChainedEntry[]).toSorted((a, b) => a.id - b.id);
  const chain = verifyChain(entries);
  const records = createRecordsAuditor(UNLOGGED_TABLES);
  for (const entry of entries) records.noteEntry(entry);
  const tables = entityNameSchema.options;
  for (const table of tables) {
    for (const row of rows[table] ?? []) records.checkRow(table, String(row.id), toJsonSafe(row));
  }
  const lastId = entries.at(-1)?.id ?? 0;

  let anchor: AnchorStatus = { kind: 'missing' };
  const parsed = signedAnchorSchema.safeParse(rawAnchor);
  if (parsed.success) {
    const a = parsed.data;
    const atAnchor = entries.find((e) => e.id === a.lastId)?.hash;
    const valid = checkAnchor ? await checkAnchor(a) : undefined;
    if (valid === false) anchor = { kind: 'bad-signature', anchoredId: a.lastId };
    else {
      const compared = compareAnchor(a, atAnchor, lastId);
      anchor = valid === undefined && compared.kind === 'matched' ? { kind: 'key-unknown', anchoredId: a.lastId } : compared;
    }
  }
  return { chain, records: records.finish(tables), anchor, anchorPlace: 'backup', changedDuring: false };
}
