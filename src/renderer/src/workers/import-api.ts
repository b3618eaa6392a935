// What the import screen needs from documents/import, in one place (features do not import
// documents/ directly). The XLSX template pulls in a spreadsheet writer, so it loads on demand.
// Imported file by file, so the readers (papaparse, read-excel-file) stay in the worker's bundle.
export {
  IMPORT_COLUMNS,
  REQUIRED_COLUMNS,
  missingRequiredColumns,
  normaliseHeader,
  type ColumnMapping,
  type ImportColumn,
} from '@renderer/documents/import/columns';
export { ImportFileError } from '@renderer/documents/import/import-file-error';
export type { ImportRowError, ValidImportRow } from '@renderer/documents/import/types';
export type { ImportPreviewResult as ImportPreview } from '@renderer/documents/import/preview-result';
export type { ImportFileInput, ImportFileSummary } from './import-parse-protocol';
export { createImportParser, type ImportParser, type ProgressListener } from './import-parse-client';

export async function buildTemplateFile(kind: 'csv' | 'xlsx'): Promise<Uint8Array> {
  const { buildTemplateCsv, buildTemplateXlsx } = await import('@renderer/documents/import/template');
  return kind === 'csv' ? buildTemplateCsv() : buildTemplateXlsx();
}
