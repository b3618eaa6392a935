// Change-log rows for a batch of writes, chained in memory and added with one bulkAdd: a bulk action
// over hundreds of rows costs one read of the last entry instead of one per row. The one place that
// chains many entries; logged-batch.ts writes rows and their entries through it.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import { GENESIS_HASH, entryHash } from '@renderer/domain/change-log-chain';
import { toJsonSafe, type ChangeRecord, type ChangeStamp } from './change-log';

/** The id and hash the next entry chains to. */
export interface ChainTip {
  id: number;
  hash: string;
}

function assertInLogTransaction(): void {
  const tx = Dexie.currentTransaction;
  if (!tx || !tx.storeNames.includes('changeLog')) {
    throw new Error('A change-log batch must run inside a transaction that includes changeLog');
  }
}

/**
 * Reads the last entry. Ask before issuing the batch's own writes: requests in a transaction are
 * answered in order, so asked after them it would wait for every one of them.
 */
export async function readChainTip(db: AppDatabase): Promise<ChainTip> {
  assertInLogTransaction();
  const last = await db.changeLog.orderBy(':id').last();
  return { id: last?.id ?? 0, hash: last?.hash ?? GENESIS_HASH };
}

/** The rows for `changes`, in their order, chained onto `tip`: what one appendChangeLog per change would write. */
export function chainChangeRows(tip: ChainTip, stamp: ChangeStamp, changes: readonly ChangeRecord[]): ChangeLogEntry[] {
  let id = tip.id;
  let prevHash = tip.hash;
  return changes.map((change) => {
    const content = {
      id: ++id,
      at: stamp.at,
      actor: stamp.actor,
      entity: change.entity,
      entityId: change.entityId,
      action: change.action,
      before: toJsonSafe(change.before),
      after: toJsonSafe(change.after),
    };
    const hash = entryHash(content, prevHash);
    const row = { ...content, prevHash, hash };
    prevHash = hash;
    return row;
  });
}

/** Must run inside a rw transaction that includes changeLog, so the rows commit with the writes. */
export async function appendChangeLogBatch(db: AppDatabase, stamp: ChangeStamp, changes: readonly ChangeRecord[]): Promise<void> {
  assertInLogTransaction();
  if (changes.length === 0) return;
  await db.changeLog.bulkAdd(chainChangeRows(await readChainTip(db), stamp, changes));
}
