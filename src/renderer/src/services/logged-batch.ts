// Many logged writes as one batch: rows go in with bulkPut per table and their change-log rows
// with one bulkAdd, chained to the last entry read once. Runs inside the caller's rw transaction
// over the tables written and changeLog, like addLogged/putLogged, but without one await per row.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { EntityByTable, EntityTableName } from '@renderer/data/entity-tables';
import type { ChangeAction } from '@renderer/domain/change-log';
import { GENESIS_HASH, entryHash } from '@renderer/domain/change-log-chain';
import { toJsonSafe, type ChangeStamp } from './change-log';

export interface LoggedRowWrite<N extends EntityTableName = EntityTableName> {
  table: N;
  /** The row as stored before; undefined for a new row ('opprettet'). */
  before: EntityByTable[N] | undefined;
  after: EntityByTable[N];
  /** Defaults to 'opprettet' for a new row and 'endret' for a changed one. */
  action?: ChangeAction;
}

export async function writeLoggedBatch(db: AppDatabase, stamp: ChangeStamp, writes: readonly LoggedRowWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const tx = Dexie.currentTransaction;
  if (!tx || tx.mode !== 'readwrite' || !tx.storeNames.includes('changeLog')) {
    throw new Error('writeLoggedBatch must run inside a rw transaction that includes changeLog');
  }
  const byTable = new Map<EntityTableName, EntityByTable[EntityTableName][]>();
  for (const w of writes) byTable.set(w.table, [...(byTable.get(w.table) ?? []), w.after]);
  for (const [table, rows] of byTable) await db.table(table).bulkPut(rows);

  const last = await db.changeLog.orderBy(':id').last();
  let id = last?.id ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const entries = writes.map((w) => {
    const content = {
      id: ++id,
      at: stamp.at,
      actor: stamp.actor,
      entity: w.table,
      entityId: w.after.id,
      action: w.action ?? (w.before ? 'endret' : 'opprettet'),
      before: toJsonSafe(w.before ?? null),
      after: toJsonSafe(w.after),
    };
    const hash = entryHash(content, prevHash);
    const entry = { ...content, prevHash, hash };
    prevHash = hash;
    return entry;
  });
  await db.changeLog.bulkAdd(entries);
}
