// The workbook a person at IMDi reads: sheets Tildelinger, Sammendrag and Ramme with the format's
// column keys as a bold, frozen, filterable header row, amounts as numbers shown with thousand
// separators, columns as wide as their content, printed landscape one page wide; then «Forklaring»,
// which says in Norwegian what each column holds. Text is always written as a text cell, so "=…" is
// never run as a formula.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import { FRAME_EXPLANATIONS, GRANT_EXPLANATIONS, SUMMARY_EXPLANATIONS } from './column-explanations';
import { printAndFilterFeature, type SheetTable } from './xlsx-print-and-filter';
import {
  FRAME_COLUMNS,
  GRANT_COLUMNS,
  SUMMARY_COLUMNS,
  type ImdiExportData,
} from './types';

/** Whole kroner with a thousand separator (Excel's built-in «#,##0»; shown as 40 000 on a Norwegian PC). */
export const AMOUNT_FORMAT = '#,##0';

/** The columns that hold kroner; other numbers (year, counts) keep the plain number format. */
export const AMOUNT_COLUMNS: ReadonlySet<string> = new Set([
  'sokt_belop', 'innvilget_belop', 'utbetalt_belop', 'tilbakebetalt_belop',
  'innvilget_a', 'innvilget_b', 'innvilget_c',
  'sokt_sum', 'innvilget_sum', 'utbetalt_sum', 'tilbakebetalt_sum',
  'ramme', 'ubrukt',
]);

export const EXPLANATION_SHEET = 'Forklaring';

const MIN_WIDTH = 8;
const MAX_WIDTH = 48;

function cell(column: string, value: string | number): Cell {
  if (typeof value === 'string') return { value, type: String };
  return AMOUNT_COLUMNS.has(column) ? { value, type: Number, format: AMOUNT_FORMAT } : { value, type: Number };
}

/** Characters a value takes on screen: amounts gain a separator per three digits. */
function shownLength(column: string, value: string | number): number {
  if (typeof value === 'string') return value.length;
  const digits = String(Math.abs(value)).length;
  return AMOUNT_COLUMNS.has(column) ? digits + Math.floor((digits - 1) / 3) + (value < 0 ? 1 : 0) : String(value).length;
}

/** As wide as the header (plus room for the filter button) or the widest value, within bounds. */
function columnWidth(column: string, values: readonly (string | number)[]): number {
  // Bold header text runs wider than its letter count; 3 more leave room for the filter button.
  const widest = Math.max(Math.ceil(column.length * 1.2) + 3, ...values.map((v) => shownLength(column, v) + 2));
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest));
}

const header = (text: string): Cell => ({ value: text, type: String, fontWeight: 'bold' });

function dataSheet<C extends string>(
  name: string,
  columns: readonly C[],
  rows: readonly Record<C, string | number>[],
): Sheet<Blob> {
  return {
    sheet: name,
    data: [columns.map(header), ...rows.map((row) => columns.map((c) => cell(c, row[c])))],
    columns: columns.map((c) => ({ width: columnWidth(c, rows.map((row) => row[c])) })),
    stickyRowsCount: 1,
    orientation: 'landscape',
  };
}

function explanationSheet(): Sheet<Blob> {
  const sections = [
    ['Tildelinger', GRANT_COLUMNS, GRANT_EXPLANATIONS],
    ['Sammendrag', SUMMARY_COLUMNS, SUMMARY_EXPLANATIONS],
    ['Ramme', FRAME_COLUMNS, FRAME_EXPLANATIONS],
  ] as const;
  const lines = sections.flatMap(([sheet, columns, explanations]) =>
    columns.map((column) => ({ sheet, column, text: (explanations as Record<string, string>)[column]! })),
  );
  const rows = lines.map(({ sheet, column, text }): Cell[] => [
    { value: sheet, type: String },
    { value: column, type: String },
    { value: text, type: String },
  ]);
  // One line per column (no wrapping: not every spreadsheet grows a wrapped row to fit it).
  const longest = Math.max(...lines.map((line) => line.text.length));
  return {
    sheet: EXPLANATION_SHEET,
    data: [[header('Ark'), header('Kolonne'), header('Forklaring')], ...rows],
    columns: [{ width: 14 }, { width: 22 }, { width: longest + 2 }],
    stickyRowsCount: 1,
    orientation: 'landscape',
  };
}

export async function buildImdiXlsx(data: ImdiExportData): Promise<Uint8Array> {
  const tables = new Map<string, SheetTable>([
    ['Tildelinger', { columns: GRANT_COLUMNS.length, rows: data.tildelinger.length }],
    ['Sammendrag', { columns: SUMMARY_COLUMNS.length, rows: data.sammendrag.length }],
    ['Ramme', { columns: FRAME_COLUMNS.length, rows: data.ramme.length }],
    [EXPLANATION_SHEET, { columns: 3, rows: GRANT_COLUMNS.length + SUMMARY_COLUMNS.length + FRAME_COLUMNS.length }],
  ]);
  const blob = await writeXlsxFile(
    [
      dataSheet('Tildelinger', GRANT_COLUMNS, data.tildelinger),
      dataSheet('Sammendrag', SUMMARY_COLUMNS, data.sammendrag),
      dataSheet('Ramme', FRAME_COLUMNS, data.ramme),
      explanationSheet(),
    ],
    { features: [printAndFilterFeature(tables)] },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
