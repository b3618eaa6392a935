// Change-log rows for a batch of writes, chained in memory and added with one bulkAdd: a bulk action
// over hundreds of rows costs one read of the last entry instead of one per row. The one place that
// chains many entries; logged-batch.ts writes rows and their entries through it.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import { GENESIS_HASH, entryHash } from '@renderer/domain/change-log-chain';
import { toJsonSafe, type ChangeRecord, type ChangeStamp } from './change-log';

/** Must run inside a rw transaction that includes changeLog, so the rows commit with the writes. */
export async function appendChangeLogBatch(db: AppDatabase, stamp: ChangeStamp, changes: readonly ChangeRecord[]): Promise<void> {
  const tx = Dexie.currentTransaction;
  if (!tx || !tx.storeNames.includes('changeLog')) {
    throw new Error('appendChangeLogBatch must run inside a transaction that includes changeLog');
  }
  if (changes.length === 0) return;
  const last = await db.changeLog.orderBy(':id').last();
  let id = last?.id ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = changes.map((change) => {
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
  await db.changeLog.bulkAdd(rows);
}
