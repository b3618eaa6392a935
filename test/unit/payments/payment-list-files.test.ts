// The payment list files the finance department gets: the CSV in the export's dialect and the XLSX
// read back, both with the stopped row left out and a sum row that adds up.
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { buildPaymentList } from '@renderer/domain/payments/payment-list';
import { buildPaymentListCsvText } from '@renderer/documents/payments/payment-list-csv';
import { buildPaymentListXlsx } from '@renderer/documents/payments/payment-list-xlsx';
import { paymentListFileName } from '@renderer/documents/payments/payment-list-table';

const list = buildPaymentList([
  { paymentId: 'a', orgnr: '864139442', organisation: 'Bergen Røde Kors', accountNumber: '1234.56.78903', amountOre: 20_000_00, reference: '20/01234', dueDate: '2020-03-22', term: 1 },
  { paymentId: 'b', orgnr: '910000004', organisation: '=Sjakk; og «prat»', accountNumber: '12345678903', amountOre: 7_500_50, reference: '20/01234', dueDate: '2020-09-01', term: 2 },
  { paymentId: 'c', orgnr: '910000012', organisation: 'Uten konto', accountNumber: undefined, amountOre: 9_000_00, reference: '20/01234', dueDate: '2020-03-22', term: 1 },
]);

describe('payment list files', () => {
  it('writes CSV with BOM, semicolons, CRLF, decimal comma, a neutralised formula and a sum row', () => {
    const text = buildPaymentListCsvText(list);
    expect(text.startsWith('\uFEFFOrg.nr.;Organisasjon;Kontonummer;Beløp (kr);Vår ref.;Forfallsdato;Termin\r\n')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('864139442;Bergen Røde Kors;12345678903;20000,00;20/01234;2020-03-22;1');
    expect(lines[2]).toBe(`910000004;"'=Sjakk; og «prat»";12345678903;7500,50;20/01234;2020-09-01;2`);
    expect(lines[3]).toBe('Sum;2 utbetalinger;;27500,50;;;');
    expect(text).not.toContain('Uten konto');
  });

  it('writes a workbook whose amounts are numbers and whose sum row equals the rows', async () => {
    const bytes = await buildPaymentListXlsx(list);
    const [sheet] = await readXlsxFile(Buffer.from(bytes));
    const rows = sheet!.data;
    expect(sheet!.sheet).toBe('Utbetalingsliste');
    expect(rows[0]).toEqual(['Org.nr.', 'Organisasjon', 'Kontonummer', 'Beløp (kr)', 'Vår ref.', 'Forfallsdato', 'Termin']);
    expect(rows.slice(1, 3).map((r) => [r[0], r[2], r[3], r[6]])).toEqual([
      ['864139442', '12345678903', 20000, 1],
      ['910000004', '12345678903', 7500.5, 2],
    ]);
    expect(rows[3]![0]).toBe('Sum');
    expect(rows[3]![3]).toBe(27500.5);
  });

  it('names the file by municipality and pay date', () => {
    expect(paymentListFileName('4601', '2020-03-25', 'xlsx')).toBe('utbetalingsliste-4601-2020-03-25.xlsx');
  });
});
