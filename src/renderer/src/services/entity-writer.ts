// Generic create/update/delete for entity tables: parse with the zod schema, then write the row and
// its change-log row in one transaction. Bad input throws ValidationError and writes nothing.
import type { z } from 'zod';
import type { Table } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { EntityMeta } from '@renderer/domain/common';
import type { ChangeAction } from '@renderer/domain/change-log';
import type { EntityByTable, EntityTableName } from '@renderer/data/entity-tables';
import type { ServiceContext } from './context';
import { appendChangeLog, resolveStamp } from './change-log';
import { EntityNotFoundError } from './errors';
import { parseOrThrow } from './validate';

export type { EntityTableName } from '@renderer/data/entity-tables';
export type EntityOf<N extends EntityTableName> = EntityByTable[N];

/** What a caller supplies to create: everything but the metadata; an id may be given (imports). */
export type NewEntity<T extends EntityMeta> = Omit<T, keyof EntityMeta> & { id?: string };

/** What a caller may change: anything but id and createdAt; updatedAt is set by the writer. */
export type EntityPatch<T extends EntityMeta> = Partial<Omit<T, keyof EntityMeta>>;

export interface UpdateOptions<T> {
  /** 'overstyrt' marks an officer's override of an automatic result. */
  action?: Extract<ChangeAction, 'endret' | 'overstyrt'>;
  /** Runs on the stored row inside the transaction; throw to refuse (e.g. a locked decision). */
  assert?: (existing: T) => void;
}

function tableOf<N extends EntityTableName>(db: AppDatabase, name: N): Table<EntityOf<N>, string> {
  return db.table<EntityOf<N>, string>(name);
}

/** Drops keys whose value is undefined, so clearing an optional field removes it from the row. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export async function createEntity<N extends EntityTableName>(
  ctx: ServiceContext,
  tableName: N,
  schema: z.ZodType<EntityOf<N>>,
  input: NewEntity<EntityOf<N>>,
): Promise<EntityOf<N>> {
  const stamp = await resolveStamp(ctx);
  const row = withoutUndefined(
    parseOrThrow(schema, {
      ...input,
      id: input.id ?? ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
    }),
  );
  const { db } = ctx;
  const table = tableOf(db, tableName);
  return db.transaction('rw', table, db.changeLog, async () => {
    await table.add(row);
    await appendChangeLog(db, stamp, {
      entity: tableName,
      entityId: row.id,
      action: 'opprettet',
      before: null,
      after: row,
    });
    return row;
  });
}

export async function updateEntity<N extends EntityTableName>(
  ctx: ServiceContext,
  tableName: N,
  schema: z.ZodType<EntityOf<N>>,
  id: string,
  patch: EntityPatch<EntityOf<N>>,
  options: UpdateOptions<EntityOf<N>> = {},
): Promise<EntityOf<N>> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  const table = tableOf(db, tableName);
  return db.transaction('rw', table, db.changeLog, async () => {
    const before = await table.get(id);
    if (!before) throw new EntityNotFoundError(tableName, id);
    options.assert?.(before);
    // The whole row is parsed again, so refinements across fields still hold after the patch.
    const after = withoutUndefined(
      parseOrThrow(schema, {
        ...before,
        ...patch,
        id: before.id,
        createdAt: before.createdAt,
        updatedAt: stamp.at,
      }),
    );
    await table.put(after);
    await appendChangeLog(db, stamp, {
      entity: tableName,
      entityId: id,
      action: options.action ?? 'endret',
      before,
      after,
    });
    return after;
  });
}

export async function deleteEntity<N extends EntityTableName>(
  ctx: ServiceContext,
  tableName: N,
  id: string,
  options: Pick<UpdateOptions<EntityOf<N>>, 'assert'> = {},
): Promise<void> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  const table = tableOf(db, tableName);
  await db.transaction('rw', table, db.changeLog, async () => {
    const before = await table.get(id);
    if (!before) throw new EntityNotFoundError(tableName, id);
    options.assert?.(before);
    await table.delete(id);
    await appendChangeLog(db, stamp, {
      entity: tableName,
      entityId: id,
      action: 'slettet',
      before,
      after: null,
    });
  });
}
