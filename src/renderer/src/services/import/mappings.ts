// Column mappings the officer saved by name, offered again for the next file from the same portal.
// Kept in their own table, so they travel with backups and are change-logged.
import type { AppDatabase } from '@renderer/data/db';
import { ImportMappingSchema, importMappingId, type ImportMapping } from '@renderer/domain/import-mapping';
import { appendChangeLog, resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { parseOrThrow } from '../validate';

export type SavedImportMapping = ImportMapping;

/** The saved mappings, newest first; damaged rows are left out rather than breaking the import. */
export async function listImportMappings(db: AppDatabase): Promise<SavedImportMapping[]> {
  const rows = await db.importMappings.orderBy('savedAt').reverse().toArray();
  return rows.filter((row) => ImportMappingSchema.safeParse(row).success);
}

/** Saves a mapping under a name; a mapping with the same name (any case) is replaced. */
export async function saveImportMapping(
  ctx: ServiceContext,
  input: { name: string; headers: readonly string[]; mapping: Readonly<Record<string, string | undefined>> },
): Promise<SavedImportMapping> {
  const stamp = await resolveStamp(ctx);
  const mapping = Object.fromEntries(Object.entries(input.mapping).filter(([, h]) => h !== undefined));
  const saved = parseOrThrow(ImportMappingSchema, {
    ...input,
    id: importMappingId(input.name),
    headers: [...input.headers],
    mapping,
    savedAt: stamp.at,
  });
  const { db } = ctx;
  return db.transaction('rw', db.importMappings, db.changeLog, async () => {
    const before = await db.importMappings.get(saved.id);
    await db.importMappings.put(saved);
    await appendChangeLog(db, stamp, {
      entity: 'importMappings',
      entityId: saved.id,
      action: before ? 'endret' : 'opprettet',
      before: before ?? null,
      after: saved,
    });
    return saved;
  });
}
