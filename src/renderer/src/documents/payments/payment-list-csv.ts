// The payment list as CSV in the dialect of the IMDi export: UTF-8 with BOM, `;`, CRLF, so Excel on
// a Norwegian PC opens it with æ ø å intact. Amounts with decimal comma (25000,50); text a
// spreadsheet would run as a formula is neutralised.
import Papa from 'papaparse';
import type { PaymentList } from '@renderer/domain/payments/payment-list';
import { neutraliseFormula } from '../export/neutralise';
import { paymentListTable, type PaymentListCell } from './payment-list-table';

function field(value: PaymentListCell, column: number): string {
  if (value === null) return '';
  if (typeof value === 'number') return column === 3 ? value.toFixed(2).replace('.', ',') : String(value);
  return neutraliseFormula(value);
}

export function buildPaymentListCsvText(list: PaymentList): string {
  const rows = paymentListTable(list).map((row) => row.map(field));
  return `\uFEFF${Papa.unparse(rows, { delimiter: ';', newline: '\r\n', quotes: false })}\r\n`;
}

export function buildPaymentListCsv(list: PaymentList): Uint8Array {
  return new TextEncoder().encode(buildPaymentListCsvText(list));
}
