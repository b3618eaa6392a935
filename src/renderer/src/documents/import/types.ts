// What reading an import file yields: the rows that can become applications, and the ones that cannot.
import type { ValidImportRow } from '@renderer/domain/import-row';

export type { ImportApplication, ImportOrganisation, ValidImportRow } from '@renderer/domain/import-row';


export interface ImportRowError {
  row: number;
  /** The canonical column name, or '' when the problem is the row as a whole. */
  column: string;
  /** The value as it stood in the file. */
  value: string;
  reason: string;
}

export interface ImportPreview {
  rows: ValidImportRow[];
  errors: ImportRowError[];
  /** Data rows in the file, blank rows not counted. */
  totalRows: number;
}

export type ImportFormat = 'csv' | 'xlsx' | 'json';

/** One cell as read: text (CSV), text/number/boolean/Date (XLSX), any JSON value (JSON). */
export type ImportCell = unknown;

/** A file read into a table, before columns are mapped and values parsed. */
export interface ImportTable {
  format: ImportFormat;
  headers: string[];
  /** `problem`: why the record cannot be read at all (e.g. a JSON søknad that is not an object). */
  records: { row: number; cells: ImportCell[]; problem?: string }[];
  /** What the officer should check although the file could be read (e.g. mixed encodings). */
  warnings?: string[];
}

export interface ImportProgressOptions {
  /** Called with the share done, 0 to 1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}
