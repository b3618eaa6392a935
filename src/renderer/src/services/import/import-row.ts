// The rows the import service accepts: what documents/import read and checked (domain/import-row.ts).
import type { ImportApplication, ImportOrganisation, ValidImportRow } from '@renderer/domain/import-row';

export type ImportRowOrganisation = ImportOrganisation;
export type ImportRowApplication = ImportApplication;
export type ImportRow = ValidImportRow;

/** What planImport needs of a preview: its valid rows. */
export interface ImportRowsSource {
  rows: readonly ImportRow[];
}
