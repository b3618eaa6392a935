// The yearly report to IMDi: what the database holds, as the format's rows (documents/export
// turns them into files).
export { collectImdiExport, toKroner, type CollectExportOptions } from './collect-export';
export type * from './imdi-export-data';
