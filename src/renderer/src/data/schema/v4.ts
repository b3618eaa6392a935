// Version 4: saved import column mappings get a table of their own (one row per name), so the
// settings table holds only the app settings and every backup row passes its schema.
import type { SchemaVersion } from './schema-version';

const LEGACY_SETTINGS_ROW = 'import-mappings';

export const v4: SchemaVersion = {
  version: 4,
  stores: { importMappings: 'id, savedAt' },
  upgrade: async (tx) => {
    const legacy = (await tx.table('settings').get(LEGACY_SETTINGS_ROW)) as
      | { mappings?: { name: string }[] }
      | undefined;
    if (!legacy) return;
    const rows = (legacy.mappings ?? []).map((m) => ({ ...m, id: m.name.trim().toLocaleLowerCase('nb') }));
    if (rows.length > 0) await tx.table('importMappings').bulkPut(rows);
    await tx.table('settings').delete(LEGACY_SETTINGS_ROW);
  },
};
