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

/** Entries chained per bulkAdd in addChainedRows: large enough that a request costs little, small enough to overlap. */
export const LOG_CHUNK = 500;

/**
 * Chains `changes` onto `tip` and hands each chunk of rows to the database as soon as it is hashed,
 * without awaiting: the database writes one chunk while the next is hashed, instead of waiting for
 * the whole log after the last hash. The same rows, ids and hashes as one chainChangeRows. Returns
 * the adds' promises (already marked handled; await them, inside the same transaction).
 */
export function addChainedRows(
  db: AppDatabase,
  tip: ChainTip,
  stamp: ChangeStamp,
  changes: readonly ChangeRecord[],
  chunk = LOG_CHUNK,
): Promise<unknown>[] {
  assertInLogTransaction();
  const tx = Dexie.currentTransaction;
  const adds: Promise<unknown>[] = [];
  let at = tip;
  for (let start = 0; start < changes.length; start += chunk) {
    const rows = chainChangeRows(at, stamp, changes.slice(start, start + chunk));
    at = { id: at.id + rows.length, hash: rows[rows.length - 1]!.hash };
    assertStillIn(tx);
    const added = db.changeLog.bulkAdd(rows);
    // Its failure is thrown where the caller awaits it; until then it must not count as unhandled.
    added.catch(() => undefined);
    adds.push(added);
  }
  return adds;
}

/** Must run inside a rw transaction that includes changeLog, so the rows commit with the writes. */
export async function appendChangeLogBatch(db: AppDatabase, stamp: ChangeStamp, changes: readonly ChangeRecord[]): Promise<void> {
  assertInLogTransaction();
  if (changes.length === 0) return;
  const tx = Dexie.currentTransaction;
  const tip = await readChainTip(db);
  assertStillIn(tx);
  await Promise.all(addChainedRows(db, tip, stamp, changes));
}
