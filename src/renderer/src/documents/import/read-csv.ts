// CSV text to a table: the delimiter (; , or TAB) detected from the header line, quoted fields with
// delimiters, "" and line breaks; a broken quote is reported with its row instead of guessed at.
import Papa from 'papaparse';
import { ImportFileError } from './import-file-error';
import type { ImportTable } from './types';

export type CsvDelimiter = ';' | ',' | '\t';
const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t'];

/** The delimiter found most often outside quotes in the first line; `;` when none is found. */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>();
  let inQuotes = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: CsvDelimiter = ';';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/** Parses the text; the first row is the headers, blank rows are left out but keep their numbers. */
export function readCsv(text: string): ImportTable {
  const delimiter = detectDelimiter(text);
  const result = Papa.parse<string[]>(text, { delimiter, quoteChar: '"', escapeChar: '"', header: false });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const row = lineOf(text, quoteError.index ?? 0);
    throw new ImportFileError(
      'anforselstegn',
      `Feil med anførselstegn (") på rad ${row}: et felt i anførselstegn blir ikke avsluttet riktig. ` +
        'Rett opp raden, eller lagre filen på nytt fra regnearket.',
    );
  }
  const [headerRow, ...rest] = result.data;
  const headers = (headerRow ?? []).map((h) => h.trim());
  const records = rest
    .map((cells, i) => ({ row: i + 2, cells: cells as unknown[] }))
    .filter((r) => r.cells.some((c) => typeof c === 'string' && c.trim() !== ''));
  return { format: 'csv', headers, records };
}
