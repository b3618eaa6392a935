// The payment list as a workbook for the finance department: a bold header, amounts as numbers with
// two decimals, a bold sum row. Text is always a text cell (never a formula); orgnr and kontonummer
// stay text so no leading zero is lost.
import writeXlsxFile from 'write-excel-file/universal';
import type { PaymentList } from '@renderer/domain/payments/payment-list';
import { paymentListTable, type PaymentListCell } from './payment-list-table';

const WIDTHS = [12, 36, 15, 14, 16, 13, 8];

const AMOUNT_COLUMN = 3;

function cell(value: PaymentListCell, bold: boolean, column: number) {
  const fontWeight = bold ? ('bold' as const) : undefined;
  if (value === null) return null;
  if (typeof value === 'number') return { value, type: Number, format: column === AMOUNT_COLUMN ? '#,##0.00' : '0', fontWeight };
  return { value, type: String, fontWeight };
}

export async function buildPaymentListXlsx(list: PaymentList): Promise<Uint8Array> {
  const table = paymentListTable(list);
  const last = table.length - 1;
  const blob = await writeXlsxFile(
    table.map((row, i) => row.map((value, column) => cell(value, i === 0 || i === last, column))),
    { sheet: 'Utbetalingsliste', columns: WIDTHS.map((width) => ({ width })) },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
