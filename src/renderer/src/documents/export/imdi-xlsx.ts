// The workbook a person at IMDi reads: sheets Tildelinger, Sammendrag and Ramme, a bold header row,
// amounts as numbers. Text is always written as a text cell, so "=…" is never run as a formula.
import writeXlsxFile from 'write-excel-file/universal';
import {
  FRAME_COLUMNS,
  GRANT_COLUMNS,
  SUMMARY_COLUMNS,
  type ImdiExportData,
} from './types';

type Cell = { value: string; type: StringConstructor; fontWeight?: 'bold' } | { value: number; type: NumberConstructor };

function cell(value: string | number): Cell {
  return typeof value === 'number' ? { value, type: Number } : { value, type: String };
}

function sheet<C extends string>(
  name: string,
  columns: readonly C[],
  rows: readonly Record<C, string | number>[],
) {
  return {
    sheet: name,
    data: [
      columns.map((c): Cell => ({ value: c, type: String, fontWeight: 'bold' })),
      ...rows.map((row) => columns.map((c) => cell(row[c]))),
    ],
    columns: columns.map(() => ({ width: 18 })),
  };
}

export async function buildImdiXlsx(data: ImdiExportData): Promise<Uint8Array> {
  const blob = await writeXlsxFile([
    sheet('Tildelinger', GRANT_COLUMNS, data.tildelinger),
    sheet('Sammendrag', SUMMARY_COLUMNS, data.sammendrag),
    sheet('Ramme', FRAME_COLUMNS, data.ramme),
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
