// The application import (søknadsimport/1): read a file, map its columns, check its rows.
export type * from './types';
export { ImportFileError, type ImportFileErrorCode } from './import-file-error';
export { decodeText } from './decode-text';
export { detectFormat } from './detect-type';
export { detectDelimiter } from './read-csv';
export {
  IMPORT_COLUMNS,
  REQUIRED_COLUMNS,
  applyMapping,
  autoMapColumns,
  missingRequiredColumns,
  normaliseHeader,
  type ColumnMapping,
  type ImportColumn,
} from './columns';
export { MAX_IMPORT_BYTES, readImportFile, type ImportFileInput } from './read-import-file';
export { buildPreview } from './build-preview';
export { parseImportFile, type ParseImportOptions } from './parse-import-file';
export { errorsToCsv } from './error-csv';
export { buildTemplateCsv, buildTemplateXlsx } from './template';
