// Many logged writes as one batch: rows go in with bulkPut per table and their change-log rows
// with one bulkAdd (change-log-batch.ts), chained to the last entry read once. Runs inside the
// caller's rw transaction over the tables written and changeLog, like addLogged/putLogged, but
// without one await per row. The log rows come in the order of `writes`, as the per-row path would.
//
// The rows are handed to the database before the log is chained, and not awaited in between: the
// database writes them (in its own process) while this one hashes the entries, so a batch costs
// about the longer of the two, not their sum.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { EntityByTable, EntityTableName } from '@renderer/data/entity-tables';
import type { ChangeAction } from '@renderer/domain/change-log';
import type { ChangeStamp } from './change-log';
import { assertStillIn, chainChangeRows, readChainTip } from './change-log-batch';

export interface LoggedRowWrite<N extends EntityTableName = EntityTableName> {
  table: N;
  /** The row as stored before; undefined for a new row ('opprettet'). */
  before: EntityByTable[N] | undefined;
  after: EntityByTable[N];
  /** Defaults to 'opprettet' for a new row and 'endret' for a changed one. */
  action?: ChangeAction;
}

/** Rows a logged write keeps in step without logging them (screeningSummaries beside screenings). */
export interface DerivedRows {
  table: string;
  rows: readonly object[];
}

export async function writeLoggedBatch(
  db: AppDatabase,
  stamp: ChangeStamp,
  writes: readonly LoggedRowWrite[],
  derived: readonly DerivedRows[] = [],
): Promise<void> {
  if (writes.length === 0 && derived.every((d) => d.rows.length === 0)) return;
  const tx = Dexie.currentTransaction;
  if (!tx || tx.mode !== 'readwrite' || !tx.storeNames.includes('changeLog')) {
    throw new Error('writeLoggedBatch must run inside a rw transaction that includes changeLog');
  }
  const byTable = new Map<string, object[]>();
  for (const w of writes) {
    const rows = byTable.get(w.table);
    if (rows) rows.push(w.after);
    else byTable.set(w.table, [w.after]);
  }
  for (const d of derived) if (d.rows.length > 0) byTable.set(d.table, [...(byTable.get(d.table) ?? []), ...d.rows]);
  // The tip first, so its answer does not queue behind the rows.
  const tip = writes.length > 0 ? readChainTip(db) : undefined;
  // A row written twice in one batch (created, then changed) ends as its last version: bulkPut
  // puts in array order.
  const rowsWritten = Promise.all([...byTable].map(([table, rows]) => db.table(table).bulkPut(rows)));
  // Its failure is thrown below, after the log; until then it must not count as unhandled.
  rowsWritten.catch(() => undefined);
  if (tip) {
    const log = chainChangeRows(
      await tip,
      stamp,
      writes.map((w) => ({
        entity: w.table,
        entityId: w.after.id,
        action: w.action ?? (w.before ? 'endret' : 'opprettet'),
        before: w.before ?? null,
        after: w.after,
      })),
    );
    assertStillIn(tx);
    await Promise.all([rowsWritten, db.changeLog.bulkAdd(log)]);
  } else {
    await rowsWritten;
  }
}
