// Adds any seeded municipality that is missing, leaving rows the officer may have edited alone.
// One read-write transaction, created at once: a read of municipalities that starts after it waits
// for it (IndexedDB orders overlapping transactions), while reads of other tables need not.
import type { EntityTable } from 'dexie';
import type { Municipality } from '@renderer/domain/municipality';
import { MUNICIPALITIES } from './municipalities';

export function ensureMunicipalities(table: EntityTable<Municipality, 'id'>): Promise<number> {
  return table.db.transaction('rw', table, async () => {
    const existing = new Set(await table.toCollection().primaryKeys());
    const missing = MUNICIPALITIES.filter((m) => !existing.has(m.id));
    if (missing.length > 0) await table.bulkAdd(missing.map((m) => ({ ...m })));
    return missing.length;
  });
}
