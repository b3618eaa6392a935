// The yearly report to IMDi as XLSX, CSV and JSON (docs/formats/imdi-eksport.md).
export type * from './types';
export { GRANT_COLUMNS, SUMMARY_COLUMNS, FRAME_COLUMNS } from './types';
export { imdiFileName, type ImdiExportExtension } from './file-names';
export { neutraliseFormula } from './neutralise';
export { buildImdiCsv, buildImdiCsvText } from './imdi-csv';
export { buildImdiJson, IMDI_JSON_FORMAT } from './imdi-json';
export { buildImdiXlsx } from './imdi-xlsx';
