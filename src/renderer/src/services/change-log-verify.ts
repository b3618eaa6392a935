// Checks the change log's hash chain from the first entry to the last, reading in id order.
import type { AppDatabase } from '@renderer/data/db';
import {
  createChainVerifier,
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
  const verifier = createChainVerifier();
  // One read transaction, so a write meanwhile cannot make a sound chain look broken.
  await db.transaction('r', db.changeLog, () =>
    db.changeLog.orderBy(':id').each((entry) => void verifier.push(entry as ChainedEntry)),
  );
  return verifier.result();
}
