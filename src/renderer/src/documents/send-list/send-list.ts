// The send list for decision letters sent from the municipality's own e-mail: one row per letter
// with the organisation, its e-mail, the PDF's file name (as in the letters' folder or zip) and
// a subject. CSV: UTF-8 with BOM, `;`, CRLF, formula-looking text neutralised, like the IMDi CSV.
import { neutraliseFormula } from '../export/neutralise';

export interface SendListRow {
  organisation: string;
  email: string;
  fileName: string;
  subject: string;
}

function field(value: string): string {
  const safe = neutraliseFormula(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function buildSendListCsv(header: readonly string[], rows: readonly SendListRow[]): Uint8Array {
  const lines = [
    header.map(field).join(';'),
    ...rows.map((r) => [r.organisation, r.email, r.fileName, r.subject].map(field).join(';')),
  ];
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}
