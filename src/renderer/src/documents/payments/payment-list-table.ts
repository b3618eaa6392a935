// The payment list as a table: a header row, one row per term, and a sum row. Shared by the XLSX
// and the CSV so both say the same. Amounts in kroner with øre as decimals.
import type { PaymentList } from '@renderer/domain/payments/payment-list';

export const PAYMENT_LIST_HEADERS = ['Org.nr.', 'Organisasjon', 'Kontonummer', 'Beløp (kr)', 'Vår ref.', 'Forfallsdato', 'Termin'] as const;

export const SUM_LABEL = 'Sum';

export type PaymentListCell = string | number | null;

/** Øre → kroner as a number (25 000,50 kr → 25000.5); exact for any whole number of øre. */
export function kronerValue(ore: number): number {
  return ore / 100;
}

export function paymentListTable(list: PaymentList): PaymentListCell[][] {
  return [
    [...PAYMENT_LIST_HEADERS],
    ...list.rows.map((r) => [r.orgnr, r.organisation, r.accountNumber, kronerValue(r.amountOre), r.reference, r.dueDate, r.term]),
    [SUM_LABEL, `${list.rows.length} ${list.rows.length === 1 ? 'utbetaling' : 'utbetalinger'}`, null, kronerValue(list.totalOre), null, null, null],
  ];
}

/** utbetalingsliste-<kommunenummer>-<utbetalingsdato>.<ext> */
export function paymentListFileName(kommunenummer: string, payDate: string, ext: 'xlsx' | 'csv'): string {
  return `utbetalingsliste-${kommunenummer}-${payDate}.${ext}`;
}
