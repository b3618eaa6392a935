// Row writes with their change-log row, for services that write several tables in one transaction
// of their own (entity-writer.ts opens its own, so it cannot join a wider one).
import type { z } from 'zod';
import type { Table } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { EntityByTable, EntityTableName } from '@renderer/data/entity-tables';
import { appendChangeLog, type ChangeStamp } from './change-log';
import { parseOrThrow } from './validate';

/** Drops keys whose value is undefined, so clearing an optional field removes it from the row. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Parses a whole row; bad input throws ValidationError (inside a transaction: rolls it back). */
export function parseRow<T extends object>(schema: z.ZodType<T>, value: unknown): T {
  return withoutUndefined(parseOrThrow(schema, value));
}

function tableOf<N extends EntityTableName>(db: AppDatabase, name: N): Table<EntityByTable[N], string> {
  return db.table<EntityByTable[N], string>(name);
}

/** Adds a new row and logs 'opprettet'. Must run inside a rw transaction over the table and changeLog. */
export async function addLogged<N extends EntityTableName>(
  db: AppDatabase,
  stamp: ChangeStamp,
  tableName: N,
  row: EntityByTable[N],
): Promise<void> {
  await tableOf(db, tableName).add(row);
  await appendChangeLog(db, stamp, {
    entity: tableName,
    entityId: row.id,
    action: 'opprettet',
    before: null,
    after: row,
  });
}

/** Replaces a row and logs 'endret'. Must run inside a rw transaction over the table and changeLog. */
export async function putLogged<N extends EntityTableName>(
  db: AppDatabase,
  stamp: ChangeStamp,
  tableName: N,
  before: EntityByTable[N],
  after: EntityByTable[N],
): Promise<void> {
  await tableOf(db, tableName).put(after);
  await appendChangeLog(db, stamp, {
    entity: tableName,
    entityId: after.id,
    action: 'endret',
    before,
    after,
  });
}

/** Order-insensitive deep equality of JSON-like values (plain objects, arrays, primitives). */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
