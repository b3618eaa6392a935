// The preview's error list as a CSV file Excel opens directly: UTF-8 with BOM, `;`, CRLF, and every
// value that Excel would read as a formula prefixed with an apostrophe.
import type { ImportRowError } from './types';

/** Excel treats a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(';');
}

export function errorsToCsvText(errors: readonly ImportRowError[]): string {
  const lines = [
    csvLine(['Rad', 'Kolonne', 'Verdi', 'Årsak']),
    ...errors.map((e) => csvLine([String(e.row), e.column, e.value, e.reason])),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Bytes ready for platform.saveFile. */
export function errorsToCsv(errors: readonly ImportRowError[]): Uint8Array {
  return new TextEncoder().encode(errorsToCsvText(errors));
}
