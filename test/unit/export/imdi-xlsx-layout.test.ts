// The IMDi workbook as a person opens it: frozen header, filters over the table, thousand
// separators on amounts, landscape printing one page wide, and a «Forklaring» sheet for every column.
import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import { strFromU8, unzipSync } from 'fflate';
import { openDatabase } from '@renderer/data/db';
import {
  FRAME_COLUMNS,
  GRANT_COLUMNS,
  SUMMARY_COLUMNS,
  buildImdiXlsx,
  type ImdiExportData,
} from '@renderer/documents/export';
import { collectImdiExport } from '@renderer/services/export';
import { TODAY, seedBergen2020 } from './fixture';

async function data(): Promise<ImdiExportData> {
  const db = openDatabase('eksport-xlsx-oppsett');
  await seedBergen2020(db);
  return collectImdiExport(db, { year: 2020, municipalityId: '4601', today: TODAY });
}

async function workbook() {
  const d = await data();
  const bytes = await buildImdiXlsx(d);
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name]!);
  const sheetNames = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]!);
  const sheetXml = (name: string) => text(`xl/worksheets/sheet${sheetNames.indexOf(name) + 1}.xml`);
  return { d, bytes, text, sheetNames, sheetXml };
}

/** The number format code a cell (e.g. `M2`) of a sheet is shown with. */
function formatOf(sheetXml: string, styles: string, address: string): string | undefined {
  const style = new RegExp(`<c r="${address}"(?: s="(\\d+)")?`).exec(sheetXml)?.[1];
  if (style === undefined) return undefined;
  const xf = [...styles.matchAll(/<xf [^>]*?(?:\/>|>)/g)][Number(style)]?.[0] ?? '';
  const id = /numFmtId="(\d+)"/.exec(xf)?.[1];
  return id === undefined ? undefined : new RegExp(`numFmtId="${id}" formatCode="([^"]+)"`).exec(styles)?.[1];
}

const column = (index: number) => String.fromCharCode(65 + index);

describe('the IMDi workbook layout', () => {
  it('has the three data sheets first, then Forklaring', async () => {
    const { sheetNames } = await workbook();
    expect(sheetNames).toEqual(['Tildelinger', 'Sammendrag', 'Ramme', 'Forklaring']);
  });

  it('freezes the header row and filters over the whole table on each data sheet', async () => {
    const { d, sheetXml } = await workbook();
    const sizes = { Tildelinger: [GRANT_COLUMNS.length, d.tildelinger.length], Sammendrag: [SUMMARY_COLUMNS.length, d.sammendrag.length], Ramme: [FRAME_COLUMNS.length, d.ramme.length] } as const;
    for (const [name, [columns, rows]] of Object.entries(sizes)) {
      const xml = sheetXml(name);
      expect(xml, name).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
      expect(xml, name).toContain(`<autoFilter ref="A1:${column(columns - 1)}${rows + 1}"/>`);
    }
    expect(sheetXml('Tildelinger')).toContain('<autoFilter ref="A1:W');
  });

  it('names each filter range and repeats the header row when printed', async () => {
    const { text } = await workbook();
    const workbookXml = text('xl/workbook.xml');
    expect(workbookXml).toMatch(/<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Tildelinger'!\$A\$1:\$W\$\d+<\/definedName>/);
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'Ramme'!$1:$1</definedName>`);
  });

  it('prints landscape, fitted to one page wide', async () => {
    const { sheetNames, sheetXml } = await workbook();
    for (const name of sheetNames) {
      const xml = sheetXml(name);
      expect(xml, name).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
      const pageSetup = /<pageSetup [^>]*\/>/.exec(xml)?.[0] ?? '';
      expect(pageSetup, name).toContain('orientation="landscape"');
      expect(pageSetup, name).toContain('fitToWidth="1"');
      expect(pageSetup, name).toContain('fitToHeight="0"');
    }
  });

  it('shows amounts with thousand separators and leaves the year and counts plain', async () => {
    const { sheetXml, text } = await workbook();
    const styles = text('xl/styles.xml');
    const grants = sheetXml('Tildelinger');
    expect(formatOf(grants, styles, `${column(GRANT_COLUMNS.indexOf('sokt_belop'))}2`)).toBe('#,##0');
    expect(formatOf(grants, styles, `${column(GRANT_COLUMNS.indexOf('innvilget_a'))}2`)).toBe('#,##0');
    expect(formatOf(grants, styles, `${column(GRANT_COLUMNS.indexOf('ar'))}2`)).toBeUndefined();
    const summary = sheetXml('Sammendrag');
    expect(formatOf(summary, styles, `${column(SUMMARY_COLUMNS.indexOf('soknader'))}2`)).toBeUndefined();
    expect(formatOf(summary, styles, `${column(SUMMARY_COLUMNS.indexOf('innvilget_sum'))}2`)).toBe('#,##0');
    expect(formatOf(sheetXml('Ramme'), styles, `${column(FRAME_COLUMNS.indexOf('ubrukt'))}2`)).toBe('#,##0');
  });

  it('makes text columns wider than short codes, within a readable maximum', async () => {
    const { sheetXml } = await workbook();
    const widths = [...sheetXml('Tildelinger').matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    expect(widths).toHaveLength(GRANT_COLUMNS.length);
    const width = (key: (typeof GRANT_COLUMNS)[number]) => widths[GRANT_COLUMNS.indexOf(key)]!;
    expect(width('organisasjon')).toBeGreaterThan(width('mottak'));
    expect(width('utlysning')).toBeGreaterThan(width('ar'));
    expect(Math.max(...widths)).toBeLessThanOrEqual(48);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
  });

  it('explains every column of every sheet in Norwegian on Forklaring', async () => {
    const { bytes } = await workbook();
    const rows = await readSheet(bytes.slice().buffer, 'Forklaring');
    expect(rows[0]).toEqual(['Ark', 'Kolonne', 'Forklaring']);
    const listed = (sheet: string) => rows.slice(1).filter((r) => r[0] === sheet).map((r) => r[1]);
    expect(listed('Tildelinger')).toEqual([...GRANT_COLUMNS]);
    expect(listed('Sammendrag')).toEqual([...SUMMARY_COLUMNS]);
    expect(listed('Ramme')).toEqual([...FRAME_COLUMNS]);
    for (const row of rows.slice(1)) expect(String(row[2]).length, String(row[1])).toBeGreaterThan(10);
    expect(rows.find((r) => r[1] === 'mottak')?.[2]).toContain('asylmottak');
  });
});
