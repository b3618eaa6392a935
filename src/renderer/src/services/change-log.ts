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

/** A JSON-safe copy: bytes become their length, undefined fields disappear, dates become ISO text. */
export function toJsonSafe(value: unknown): JsonValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString();
  if (ArrayBuffer.isView(value)) return { byteLength: value.byteLength };
  if (value instanceof ArrayBuffer) return { byteLength: value.byteLength };
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v !== undefined && typeof v !== 'function') out[k] = toJsonSafe(v);
    }
    return out;
  }
  return null;
}
