// A file's bytes to a table (headers + records), whatever its format; nothing is validated yet.
import { decodeText } from './decode-text';
import { detectFormat } from './detect-type';
import { ImportFileError, throwIfAborted } from './import-file-error';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { readXlsx } from './read-xlsx';
import type { ImportProgressOptions, ImportTable } from './types';

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportFileInput {
  name: string;
  bytes: Uint8Array;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 });
}

const LISTED_LINES = 20;

function mixedEncodingWarning(lines: readonly number[]): string {
  const shown = lines.slice(0, LISTED_LINES).join(', ');
  const more = lines.length > LISTED_LINES ? ` og ${lines.length - LISTED_LINES} til` : '';
  return (
    'Filen blander to tegnkodinger: det meste er Windows-1252 (Excel), men ' +
    (lines.length === 1 ? `linje ${shown} er` : `linjene ${shown}${more} er`) +
    ' UTF-8. Hver linje er lest i sin egen koding. Kontroller at æ, ø og å ser riktige ut i disse radene før du importerer.'
  );
}

/** Reading is the first half of the work; the second half is checking the rows (build-preview). */
export async function readImportFile(
  file: ImportFileInput,
  { onProgress, signal }: ImportProgressOptions = {},
): Promise<ImportTable> {
  throwIfAborted(signal);
  // Checked before anything is decoded, so a huge file cannot freeze the program.
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      'for_stor',
      `Filen er for stor (${megabytes(file.bytes.byteLength)} MB). Største tillatte størrelse er ` +
        `${megabytes(MAX_IMPORT_BYTES)} MB. Del den opp i flere filer.`,
    );
  }
  if (file.bytes.byteLength === 0) throw new ImportFileError('tom', 'Filen er tom.');
  const format = detectFormat(file.name, file.bytes);
  onProgress?.(0.05);
  let table: ImportTable;
  if (format === 'xlsx') {
    table = await readXlsx(file.bytes);
  } else {
    const { text, utf8LinesInWindows1252 } = decodeText(file.bytes);
    if (text.trim() === '') throw new ImportFileError('tom', 'Filen er tom.');
    table = format === 'json' ? readJson(text) : readCsv(text);
    if (utf8LinesInWindows1252) table.warnings = [mixedEncodingWarning(utf8LinesInWindows1252)];
  }
  throwIfAborted(signal);
  onProgress?.(0.5);
  return table;
}
