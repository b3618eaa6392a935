// Many logged writes as one batch: rows go in with bulkPut per table and their change-log rows
// with one bulkAdd (change-log-batch.ts), chained to the last entry read once. Runs inside the
// caller's rw transaction over the tables written and changeLog, like addLogged/putLogged, but
// without one await per row. The log rows come in the order of `writes`, as the per-row path would.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { EntityByTable, EntityTableName } from '@renderer/data/entity-tables';
import type { ChangeAction } from '@renderer/domain/change-log';
import type { ChangeStamp } from './change-log';
import { appendChangeLogBatch } from './change-log-batch';

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
  for (const w of writes) {
    const rows = byTable.get(w.table);
    if (rows) rows.push(w.after);
    else byTable.set(w.table, [w.after]);
  }
  // A row written twice in one batch (created, then changed) ends as its last version: bulkPut
  // puts in array order.
  for (const [table, rows] of byTable) await db.table(table).bulkPut(rows);
  await appendChangeLogBatch(
    db,
    stamp,
    writes.map((w) => ({
      entity: w.table,
      entityId: w.after.id,
      action: w.action ?? (w.before ? 'endret' : 'opprettet'),
      before: w.before ?? null,
      after: w.after,
    })),
  );
}
