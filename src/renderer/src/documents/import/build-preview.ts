// A table and a column mapping to the preview the officer confirms: valid rows and row errors.
import { cellText } from './cell-text';
import { applyMapping, missingRequiredColumns, type ColumnMapping } from './columns';
import { ImportFileError, throwIfAborted } from './import-file-error';
import { parseRecord } from './parse-row';
import type { ImportPreview, ImportProgressOptions, ImportTable } from './types';

/** Rows between progress reports and chances to notice a cancel. */
const CHUNK = 500;

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function assertUsable(table: ImportTable, mapping: ColumnMapping): void {
  if (table.records.length === 0) {
    if (table.format === 'json') throw new ImportFileError('ingen_rader', 'Filen har ingen søknader.');
    if (table.headers.every((h) => h === '')) throw new ImportFileError('tom', 'Filen er tom.');
    throw new ImportFileError('ingen_rader', 'Filen har ingen søknader, bare overskriftsraden.');
  }
  const missing = missingRequiredColumns(mapping);
  if (missing.length === 1) {
    throw new ImportFileError('mangler_kolonne', `Filen mangler den påkrevde kolonnen «${missing[0]}».`);
  }
  if (missing.length > 1) {
    throw new ImportFileError(
      'mangler_kolonne',
      `Filen mangler de påkrevde kolonnene ${missing.map((m) => `«${m}»`).join(', ')}.`,
    );
  }
}

/** Progress runs from `from` to 1 as the rows are checked. */
export async function buildPreview(
  table: ImportTable,
  mapping: ColumnMapping,
  { onProgress, signal }: ImportProgressOptions = {},
  from = 0,
): Promise<ImportPreview> {
  assertUsable(table, mapping);
  const preview: ImportPreview = { rows: [], errors: [], totalRows: table.records.length };
  const width = table.headers.length;
  for (const [i, record] of table.records.entries()) {
    if (i > 0 && i % CHUNK === 0) {
      onProgress?.(from + ((1 - from) * i) / table.records.length);
      await yieldToEventLoop();
      throwIfAborted(signal);
    }
    if (record.problem) {
      preview.errors.push({ row: record.row, column: '', value: '', reason: record.problem });
      continue;
    }
    // More cells than headers: usually a delimiter inside a value that was not quoted.
    const extra = record.cells.slice(width).filter((c) => cellText(c).trim() !== '');
    if (table.format === 'csv' && extra.length > 0) {
      preview.errors.push({
        row: record.row,
        column: '',
        value: record.cells.map(cellText).join(' | '),
        reason:
          `Raden har ${record.cells.length} felt, men overskriftsraden har ${width}. ` +
          'Står det skilletegn i en verdi uten anførselstegn rundt?',
      });
      continue;
    }
    const parsed = parseRecord(record.row, applyMapping(table.headers, record.cells, mapping));
    if (parsed.valid) preview.rows.push(parsed.valid);
    preview.errors.push(...parsed.errors);
  }
  throwIfAborted(signal);
  onProgress?.(1);
  return preview;
}
