// The send list as a workbook (write-excel-file; loaded with import()): a bold header row and
// text cells only, so nothing in a name or title is ever run as a formula.
import writeXlsxFile from 'write-excel-file/universal';
import type { SendListRow } from './send-list';

export async function buildSendListXlsx(sheetName: string, header: readonly string[], rows: readonly SendListRow[]): Promise<Uint8Array> {
  const text = (value: string) => ({ value, type: String });
  const blob = await writeXlsxFile(
    [
      [...header.map((h) => ({ ...text(h), fontWeight: 'bold' as const })) ],
      ...rows.map((r) => [text(r.organisation), text(r.email), text(r.fileName), text(r.subject)]),
    ],
    { sheet: sheetName, columns: [{ width: 36 }, { width: 32 }, { width: 56 }, { width: 48 }] },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
