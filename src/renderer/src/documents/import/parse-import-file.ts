// The whole import read in one call: bytes -> table -> auto-mapped columns -> preview.
// Pure and message-free of the DOM, so it can run in a Web Worker with progress and cancel.
import { autoMapColumns, type ColumnMapping } from './columns';
import { buildPreview } from './build-preview';
import { readImportFile, type ImportFileInput } from './read-import-file';
import type { ImportPreview, ImportProgressOptions } from './types';

export interface ParseImportOptions extends ImportProgressOptions {
  /** The officer's choices; columns left out are matched by header name. */
  mapping?: ColumnMapping;
}

export async function parseImportFile(
  file: ImportFileInput,
  options: ParseImportOptions = {},
): Promise<ImportPreview> {
  const table = await readImportFile(file, options);
  const mapping = { ...autoMapColumns(table.headers), ...options.mapping };
  return buildPreview(table, mapping, options, 0.5);
}
