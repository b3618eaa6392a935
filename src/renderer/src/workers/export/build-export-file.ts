// Turns the collected IMDi report into file bytes. Loaded with import() from the export page, and
// the spreadsheet writer only for XLSX, so neither reaches the entry chunk.
import { buildImdiCsv } from '@renderer/documents/export/imdi-csv';
import { buildImdiJson } from '@renderer/documents/export/imdi-json';
import { imdiFileName, type ImdiExportExtension } from '@renderer/documents/export/file-names';
import type { ImdiExportData } from '@renderer/documents/export/types';

export interface ExportFile {
  fileName: string;
  bytes: Uint8Array;
}

export async function buildExportFile(
  data: ImdiExportData,
  kind: ImdiExportExtension,
  now: Date,
): Promise<ExportFile> {
  const fileName = imdiFileName(data.kommunenummer, data.ar, kind);
  if (kind === 'csv') return { fileName, bytes: buildImdiCsv(data) };
  if (kind === 'json') return { fileName, bytes: buildImdiJson(data, now) };
  const { buildImdiXlsx } = await import('@renderer/documents/export/imdi-xlsx');
  return { fileName, bytes: await buildImdiXlsx(data) };
}
