// The Tildelinger sheet as CSV: UTF-8 with BOM and `;`, so Excel on a Norwegian PC opens it with
// æ ø å intact; one header row; CRLF. Text that a spreadsheet would evaluate is neutralised.
import { neutraliseFormula } from './neutralise';
import { GRANT_COLUMNS, type ImdiExportData } from './types';

function field(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = neutraliseFormula(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function buildImdiCsvText(data: ImdiExportData): string {
  const lines = [
    GRANT_COLUMNS.join(';'),
    ...data.tildelinger.map((row) => GRANT_COLUMNS.map((c) => field(row[c])).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function buildImdiCsv(data: ImdiExportData): Uint8Array {
  return new TextEncoder().encode(buildImdiCsvText(data));
}
