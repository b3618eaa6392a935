// Which reader a file needs, from its content, checked against its extension so that a renamed
// file gets a clear message instead of a page of nonsense.
import { ImportFileError } from './import-file-error';
import type { ImportFormat } from './types';

const CSV_EXTENSIONS = ['csv', 'txt', 'tsv'];

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

const LABEL: Record<ImportFormat, string> = {
  csv: 'en tekstfil (CSV)',
  xlsx: 'et Excel-regneark (XLSX)',
  json: 'en JSON-fil',
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** XLSX is a zip (PK); JSON starts with `{` or `[` after any BOM and spaces; the rest is text. */
export function sniffFormat(bytes: Uint8Array): ImportFormat | 'xls' {
  if (startsWith(bytes, [0x50, 0x4b])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'xls';
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b ? 'json' : 'csv';
}

/** The format to read the file as; throws when the extension and the content disagree. */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat {
  const ext = extensionOf(fileName);
  const content = sniffFormat(bytes);
  if (content === 'xls' || ext === 'xls') {
    throw new ImportFileError(
      'ukjent_filtype',
      'Gamle Excel-filer (.xls) kan ikke leses. Åpne filen i Excel og lagre den som .xlsx eller CSV.',
    );
  }
  const expected: ImportFormat | undefined =
    ext === 'xlsx' ? 'xlsx' : ext === 'json' ? 'json' : CSV_EXTENSIONS.includes(ext) ? 'csv' : undefined;
  if (!expected) {
    const shown = ext ? `«.${ext}»` : 'uten endelse';
    throw new ImportFileError(
      'ukjent_filtype',
      `Filtypen ${shown} kan ikke leses inn. Bruk CSV (.csv), Excel (.xlsx) eller JSON (.json).`,
    );
  }
  if (expected !== content) {
    throw new ImportFileError(
      'feil_filtype',
      `Filen heter ${fileName}, men innholdet ser ut som ${LABEL[content]}, ikke ${LABEL[expected]}. ` +
        'Gi filen riktig endelse, eller lagre den på nytt i riktig format.',
    );
  }
  return content;
}
