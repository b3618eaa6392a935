// What crosses from the parsing worker to the import screen: the valid rows, the first errors with
// long values shortened, the counts, and the whole error list as a ready CSV. A file where every one
// of 100 000 rows is wrong then costs the page a few hundred table rows, not a million objects.
import { errorsToCsv } from './error-csv';
import type { ImportPreview, ImportRowError } from './types';

/** The error table shows this many; the CSV has them all. */
export const MAX_SHOWN_ERRORS = 200;
/** A value longer than this is cut in the table (not in the CSV). */
export const MAX_SHOWN_VALUE_LENGTH = 200;

export interface ImportPreviewResult {
  rows: ImportPreview['rows'];
  totalRows: number;
  /** The first MAX_SHOWN_ERRORS errors, values cut to MAX_SHOWN_VALUE_LENGTH characters. */
  shownErrors: ImportRowError[];
  errorCount: number;
  /** Rows with at least one error. */
  invalidRowCount: number;
  /** Every error, as the CSV the officer can save (empty when there are none). */
  errorsCsv: Uint8Array;
}

function shorten(value: string): string {
  return value.length > MAX_SHOWN_VALUE_LENGTH ? `${value.slice(0, MAX_SHOWN_VALUE_LENGTH - 1)}…` : value;
}

export function toPreviewResult(preview: ImportPreview): ImportPreviewResult {
  return {
    rows: preview.rows,
    totalRows: preview.totalRows,
    shownErrors: preview.errors.slice(0, MAX_SHOWN_ERRORS).map((e) => ({ ...e, value: shorten(e.value) })),
    errorCount: preview.errors.length,
    invalidRowCount: new Set(preview.errors.map((e) => e.row)).size,
    errorsCsv: preview.errors.length > 0 ? errorsToCsv(preview.errors) : new Uint8Array(0),
  };
}
