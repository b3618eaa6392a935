import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/universal';
import { openDatabase } from '@renderer/data/db';
import {
  FRAME_COLUMNS,
  GRANT_COLUMNS,
  SUMMARY_COLUMNS,
  buildImdiCsv,
  buildImdiJson,
  buildImdiXlsx,
  imdiFileName,
  neutraliseFormula,
  type ImdiExportData,
} from '@renderer/documents/export';
import { collectImdiExport } from '@renderer/services/export';
import { FIXED_NOW } from '../services/test-context';
import { TODAY, seedBergen2020 } from './fixture';

async function data(): Promise<ImdiExportData> {
  const db = openDatabase('eksport-filer');
  await seedBergen2020(db);
  return collectImdiExport(db, { year: 2020, municipalityId: '4601', today: TODAY });
}

/** The sheet a reader sees: a header row, then the values; empty text is an empty cell. */
const asRows = <C extends string>(columns: readonly C[], rows: readonly Record<C, unknown>[]) => [
  [...columns],
  ...rows.map((r) => columns.map((c) => (r[c] === '' ? null : r[c]))),
];

describe('file names', () => {
  it('are imdi-rapport-<kommunenummer>-<år>.<ext>', () => {
    expect(imdiFileName('4601', 2020, 'xlsx')).toBe('imdi-rapport-4601-2020.xlsx');
    expect(imdiFileName('0301', 2021, 'csv')).toBe('imdi-rapport-0301-2021.csv');
    expect(imdiFileName('4601', 2020, 'json')).toBe('imdi-rapport-4601-2020.json');
  });
});

describe('neutraliseFormula', () => {
  it('prefixes text a spreadsheet would evaluate, and leaves the rest', () => {
    for (const text of ['=1+1', '+47', '-2', '@SUM(A1)', '\t=1']) expect(neutraliseFormula(text)).toBe(`'${text}`);
    for (const text of ['Bergen', '', '1-2', 'a=b']) expect(neutraliseFormula(text)).toBe(text);
  });
});

describe('buildImdiCsv', () => {
  it('is UTF-8 with BOM, ;-separated, one header row, one line per grant, CRLF', async () => {
    const d = await data();
    const bytes = buildImdiCsv(d);
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe(GRANT_COLUMNS.join(';'));
    expect(lines).toHaveLength(d.tildelinger.length + 2);
    expect(lines.at(-1)).toBe('');
    expect(lines[2]).toBe(
      '4601;Bergen;2020;Tilskudd 2020;P-1;864139442;Bergen Røde Kors;Språkkafé;enkelttiltak;A,B;flyktninger;nei;40000;innvilget;40000;2020-04-01;20000;godkjent;2500;nei;20000;20000;0',
    );
  });

  it('neutralises text starting with = + - @ so no spreadsheet evaluates it', async () => {
    const lines = new TextDecoder().decode(buildImdiCsv(await data())).split('\r\n');
    const special = lines[5]!;
    expect(special).toContain(`;"'=HYPERLINK(""http://x"")";`);
    expect(special).toContain(";'@Forening;'+Spesial;");
  });
});

describe('buildImdiJson', () => {
  it('holds the format id, the creation time and the three sheets with amounts as numbers', async () => {
    const d = await data();
    const json = JSON.parse(new TextDecoder().decode(buildImdiJson(d, new Date(FIXED_NOW))));
    expect(json).toEqual({
      format: 'imdi-eksport/2',
      kommunenummer: '4601',
      kommune: 'Bergen',
      ar: 2020,
      laget: FIXED_NOW,
      tildelinger: d.tildelinger,
      sammendrag: d.sammendrag,
      ramme: d.ramme,
    });
    expect(typeof json.tildelinger[0].innvilget_belop).toBe('number');
  });
});

describe('buildImdiXlsx', () => {
  it('reads back as the same data, sheet by sheet, with numbers as numbers and text as text', async () => {
    const d = await data();
    const bytes = await buildImdiXlsx(d);
    const read = (sheet: string) => readSheet(bytes.slice().buffer, sheet);
    expect(await read('Tildelinger')).toEqual(asRows(GRANT_COLUMNS, d.tildelinger));
    expect(await read('Sammendrag')).toEqual(asRows(SUMMARY_COLUMNS, d.sammendrag));
    expect(await read('Ramme')).toEqual(asRows(FRAME_COLUMNS, d.ramme));
  });

  it('stores =… as a text cell, never as a formula', async () => {
    const bytes = await buildImdiXlsx(await data());
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(bytes);
    const sheetXml = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/worksheets/'))
      .map(([, content]) => strFromU8(content))
      .join('');
    expect(sheetXml).not.toContain('<f>');
    expect(strFromU8(files['xl/sharedStrings.xml']!)).toContain('<t>=HYPERLINK("http://x")</t>');
  });
});
