// Adds any seeded municipality that is missing, leaving rows the officer may have edited alone.
import type { EntityTable } from 'dexie';
import type { Municipality } from '@renderer/domain/municipality';
import { MUNICIPALITIES } from './municipalities';

export async function ensureMunicipalities(table: EntityTable<Municipality, 'id'>): Promise<number> {
  const existing = new Set(await table.toCollection().primaryKeys());
  const missing = MUNICIPALITIES.filter((m) => !existing.has(m.id));
  if (missing.length > 0) await table.bulkAdd(missing.map((m) => ({ ...m })));
  return missing.length;
}
