// The two steps of reading an import, shared by the worker and the main-thread fallback:
// read the file into a table (kept for the mapping step), then check its rows with a mapping.
import {
  autoMapColumns,
  buildPreview,
  readImportFile,
  type ColumnMapping,
  type ImportProgressOptions,
  type ImportTable,
} from '@renderer/documents/import';
import { toPreviewResult, type ImportPreviewResult } from '@renderer/documents/import/preview-result';
import type { ImportFileInput, ImportFileSummary } from './import-parse-protocol';

const SAMPLE_ROWS = 3;

function sampleText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'object') return JSON.stringify(cell);
  return String(cell);
}

export function summarise(table: ImportTable): ImportFileSummary {
  return {
    format: table.format,
    headers: table.headers,
    autoMapping: autoMapColumns(table.headers),
    samples: table.records.slice(0, SAMPLE_ROWS).map((r) => table.headers.map((_, i) => sampleText(r.cells[i]))),
    totalRows: table.records.length,
    warnings: table.warnings ?? [],
  };
}

/** Reading is the first half of the progress bar, checking the rows the second. */
export class ImportParseSession {
  private table: ImportTable | undefined;

  async read(file: ImportFileInput, options: ImportProgressOptions): Promise<ImportFileSummary> {
    this.table = undefined;
    this.table = await readImportFile(file, options);
    return summarise(this.table);
  }

  async preview(mapping: ColumnMapping, options: ImportProgressOptions): Promise<ImportPreviewResult> {
    if (!this.table) throw new Error('No file has been read');
    return toPreviewResult(await buildPreview(this.table, mapping, options, 0.5));
  }
}
