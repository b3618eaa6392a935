// Pure decisions of the mapping step: when it is needed, which saved mapping fits a file, and what
// in the officer's choices needs attention.
import type { SavedImportMapping } from '@renderer/services/import/mappings';
import {
  IMPORT_COLUMNS,
  missingRequiredColumns,
  normaliseHeader,
  type ColumnMapping,
  type ImportColumn,
} from '@renderer/workers/import-api';

const isColumn = (name: string): name is ImportColumn => (IMPORT_COLUMNS as readonly string[]).includes(name);

/** A file in the canonical format (every header a column name) goes straight to the preview. */
export function needsMapping(headers: readonly string[], mapping: ColumnMapping): boolean {
  if (missingRequiredColumns(mapping).length > 0) return true;
  return headers.some((h) => h.trim() !== '' && !isColumn(normaliseHeader(h)));
}

/** Only the choices whose header is in this file. */
export function mappingForHeaders(mapping: Readonly<Record<string, string>>, headers: readonly string[]): ColumnMapping {
  const out: ColumnMapping = {};
  for (const [column, header] of Object.entries(mapping)) {
    if (isColumn(column) && headers.includes(header)) out[column] = header;
  }
  return out;
}

/** The newest saved mapping whose every chosen header is in the file and that covers the required columns. */
export function findSavedMapping(
  saved: readonly SavedImportMapping[],
  headers: readonly string[],
): SavedImportMapping | undefined {
  return saved.find((s) => {
    const chosen = Object.values(s.mapping);
    if (chosen.length === 0 || !chosen.every((h) => headers.includes(h))) return false;
    return missingRequiredColumns(mappingForHeaders(s.mapping, headers)).length === 0;
  });
}

export function unusedHeaders(headers: readonly string[], mapping: ColumnMapping): string[] {
  const used = new Set(Object.values(mapping));
  return headers.filter((h) => h.trim() !== '' && !used.has(h));
}

/** Headers chosen for more than one column: almost always a slip. */
export function headersUsedTwice(mapping: ColumnMapping): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const header of Object.values(mapping)) {
    if (header === undefined) continue;
    if (seen.has(header)) twice.add(header);
    seen.add(header);
  }
  return [...twice];
}
