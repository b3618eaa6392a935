// The first sheet of an XLSX workbook to a table; the first row holds the headers. Formulas are not
// evaluated: the library reads the value Excel stored, and text starting with = stays text.
import { readSheet } from 'read-excel-file/universal';
import { cellText } from './cell-text';
import { ImportFileError } from './import-file-error';
import type { ImportTable } from './types';
import { assertUnpacksWithin } from './zip-guard';

const DAMAGED =
  'Excel-filen kan ikke leses. Den kan være skadet eller ufullstendig. Åpne den i Excel og lagre den på nytt som .xlsx.';

export async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  assertUnpacksWithin(bytes);
  let data: unknown[][];
  try {
    // A copy, so the caller's buffer (perhaps a view into a larger one) is not handed over.
    data = (await readSheet(bytes.slice().buffer)) as unknown[][];
  } catch {
    throw new ImportFileError('skadet_xlsx', DAMAGED);
  }
  const [headerRow, ...rest] = data;
  const headers = (headerRow ?? []).map((h) => cellText(h).trim());
  const records = rest
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter((r) => r.cells.some((c) => cellText(c).trim() !== ''));
  return { format: 'xlsx', headers, records };
}
