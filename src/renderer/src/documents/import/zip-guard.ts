// An XLSX file is a zip. A packed one (a few KB that unpacks to gigabytes) would freeze the reader
// for a minute and then fail as «skadet»; its own central directory says how big it unpacks, so
// the file is refused at once, before anything is inflated.
import { unzipSync } from 'fflate';
import { ImportFileError } from './import-file-error';

/** Generous for any honest spreadsheet: a 50 MB workbook of sheet XML unpacks to a few hundred MB. */
export const MAX_UNPACKED_XLSX_BYTES = 500 * 1024 * 1024;

function megabytes(bytes: number): string {
  return Math.ceil(bytes / (1024 * 1024)).toLocaleString('nb-NO');
}

/** Sum of the entries' unpacked sizes, read from the zip's directory without inflating anything. */
export function unpackedSize(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}

/** Throws ImportFileError('for_stor') when the workbook would unpack to more than `limit` bytes. */
export function assertUnpacksWithin(bytes: Uint8Array, limit = MAX_UNPACKED_XLSX_BYTES): void {
  const size = unpackedSize(bytes);
  if (size !== null && size > limit) {
    throw new ImportFileError(
      'for_stor',
      `Excel-filen er for stor når den pakkes ut (${megabytes(size)} MB, største tillatte er ${megabytes(limit)} MB). ` +
        'Den kan være laget for å skade programmet. Lagre arket på nytt i Excel, eller del det opp i flere filer.',
    );
  }
}
