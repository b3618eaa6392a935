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
 * answered in order, so asked after them it would wait for every one of them. A Dexie promise (not
 * an async function's), so whatever awaits it goes on in the caller's transaction.
 */
export function readChainTip(db: AppDatabase): Promise<ChainTip> {
  assertInLogTransaction();
  return db.changeLog
    .orderBy(':id')
    .last()
    .then((last) => ({ id: last?.id ?? 0, hash: last?.hash ?? GENESIS_HASH }));
}

/** Throws unless the caller's transaction `tx` is still the current one: a write outside it would not be all-or-nothing with it. */
export function assertStillIn(tx: unknown): void {
  if (Dexie.currentTransaction !== tx) throw new Error('A batch write left its transaction; nothing is written outside it');
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
  const tx = Dexie.currentTransaction;
  const tip = await readChainTip(db);
  assertStillIn(tx);
  await db.changeLog.bulkAdd(chainChangeRows(tip, stamp, changes));
}
