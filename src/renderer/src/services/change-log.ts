// Appends the change-log row for a write, inside the write's own transaction.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { ChangeAction, EntityName, JsonValue } from '@renderer/domain/change-log';
import { GENESIS_HASH, entryHash } from '@renderer/domain/change-log-chain';
import type { ServiceContext } from './context';

/** Who and when, resolved before the transaction (no foreign awaits inside one). */
export interface ChangeStamp {
  actor: string;
  at: string;
}

export async function resolveStamp(ctx: ServiceContext): Promise<ChangeStamp> {
  return { actor: await ctx.actor(), at: ctx.now().toISOString() };
}

export interface ChangeRecord {
  entity: EntityName;
  entityId: string;
  action: ChangeAction;
  before: unknown;
  after: unknown;
}

/** Must run inside a `db.transaction('rw', …, db.changeLog, …)`, so the row commits with the write. */
export async function appendChangeLog(
  db: AppDatabase,
  stamp: ChangeStamp,
  change: ChangeRecord,
): Promise<number> {
  const tx = Dexie.currentTransaction;
  if (!tx || !tx.storeNames.includes('changeLog')) {
    throw new Error('appendChangeLog must run inside a transaction that includes changeLog');
  }
  // Chains to the last entry in this same transaction. The id is given, not auto-incremented, so it
  // is known before hashing and ids stay 1, 2, 3 … even after restoring a shorter backup.
  const last = await db.changeLog.orderBy(':id').last();
  const content = {
    id: (last?.id ?? 0) + 1,
    at: stamp.at,
    actor: stamp.actor,
    entity: change.entity,
    entityId: change.entityId,
    action: change.action,
    before: toJsonSafe(change.before),
    after: toJsonSafe(change.after),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const id = await db.changeLog.add({ ...content, prevHash, hash: entryHash(content, prevHash) });
  return id as number;
}

/**
 * A JSON-safe copy: bytes become their length, undefined fields disappear, dates become ISO text.
 * A value that is JSON-safe already (plain objects and arrays of plain data: every row a service
 * writes) is returned as it is, not copied: a batch logs thousands of rows, and copies that live
 * until their log rows are written cost the garbage collector more than the hashing.
 */
export function toJsonSafe(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value)) return { byteLength: value.byteLength };
  if (value instanceof ArrayBuffer) return { byteLength: value.byteLength };
  if (Array.isArray(value)) return safeArray(value as unknown[]);
  if (typeof value === 'object') return safeObject(value as Record<string, unknown>);
  return null;
}

function safeArray(value: unknown[]): JsonValue {
  if (Object.getPrototypeOf(value) !== Array.prototype) return value.map(toJsonSafe);
  for (let i = 0; i < value.length; i++) {
    // A hole: map keeps it, as the copy always did.
    if (!(i in value)) return value.map(toJsonSafe);
    const item = value[i];
    const safe = toJsonSafe(item);
    if (safe !== item) return value.map((v, j) => (j < i ? (v as JsonValue) : j === i ? safe : toJsonSafe(v)));
  }
  return value as JsonValue;
}

function safeObject(value: Record<string, unknown>): JsonValue {
  const keys = Object.keys(value);
  let i = 0;
  let safe: JsonValue | undefined;
  if (Object.getPrototypeOf(value) === Object.prototype) {
    for (; i < keys.length; i++) {
      const k = keys[i]!;
      const v = value[k];
      safe = undefined;
      // An own «__proto__» cannot be copied as a field: the copy below drops it, as it always did.
      if (v === undefined || typeof v === 'function' || k === '__proto__') break;
      safe = toJsonSafe(v);
      if (safe !== v) break;
    }
    if (i === keys.length) return value as JsonValue;
  }
  const out: Record<string, JsonValue> = {};
  for (let j = 0; j < keys.length; j++) {
    const k = keys[j]!;
    const v = value[k];
    if (j < i) out[k] = v as JsonValue;
    else if (v !== undefined && typeof v !== 'function') out[k] = j === i && safe !== undefined ? safe : toJsonSafe(v);
  }
  return out;
}
