// One Dexie schema version: its store definitions and an optional upgrade of existing rows.
import type { Dexie, Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Only the stores that change in this version (Dexie keeps the rest). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

/** Declares the given versions on a Dexie instance, in order. */
export function applySchemaVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
}
