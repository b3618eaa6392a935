// Checks the change log's hash chain from the first entry to the last, reading in id order.
import type { AppDatabase } from '@renderer/data/db';
import {
  REDACTION_ACTION,
  createChainVerifier,
  redactionCommitments,
  type ChainResult,
  type ChainedEntry,
} from '@renderer/domain/change-log-chain';

export type { ChainResult } from '@renderer/domain/change-log-chain';

/**
 * { ok: true, count } when no entry was edited, removed or replaced since it was written; otherwise
 * the first broken id and a Norwegian reason. Removing the newest entries does not show, since no
 * entry points back to them; only a copy of the last hash kept elsewhere could reveal that.
 */
export async function verifyChangeLog(db: AppDatabase): Promise<ChainResult> {
  // One read transaction, so a write meanwhile cannot make a sound chain look broken.
  return db.transaction('r', db.changeLog, async () => {
    const verifier = createChainVerifier(await readRedactionCommitments(db));
    await db.changeLog.orderBy(':id').each((entry) => void verifier.push(entry as ChainedEntry));
    return verifier.result();
  });
}

/** The commitments of every removal of personal data (few entries: read them first). */
export async function readRedactionCommitments(db: AppDatabase) {
  return redactionCommitments(await db.changeLog.filter((e) => e.action === REDACTION_ACTION).toArray());
}
