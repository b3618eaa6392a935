// One cell as text, for parsing and for showing the value in the error list.
import type { ImportCell } from './types';

/** YYYY-MM-DD of a Date read from a spreadsheet (read-excel-file gives UTC midnight). */
export function isoDateOfUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The cell as the officer would see it: '' for empty, dates as YYYY-MM-DD, lists as JSON. */
export function cellText(cell: ImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDateOfUtc(cell);
  return JSON.stringify(cell);
}

export function isBlank(cell: ImportCell): boolean {
  return cellText(cell).trim() === '';
}
