// Reading whole files: encodings, delimiters, quoting, XLSX and JSON, header matching, the error
// list as CSV, templates, the size guard, progress and cancelling.
import { describe, expect, it } from 'vitest';
import {
  MAX_IMPORT_BYTES,
  autoMapColumns,
  buildTemplateCsv,
  buildTemplateXlsx,
  detectDelimiter,
  errorsToCsv,
  normaliseHeader,
  parseImportFile,
  readImportFile,
  type ImportPreview,
} from '@renderer/documents/import';
import { csvFile, fixture } from './helpers';
import { validRow } from './fixture-rows';

async function rowsOf(preview: Promise<ImportPreview>) {
  const p = await preview;
  expect(p.errors).toEqual([]);
  return p.rows;
}

describe('good CSV files', () => {
  it('reads UTF-8 with ; and quoted fields holding ;, "" and line breaks', async () => {
    const rows = await rowsOf(parseImportFile(fixture('good', 'utf8-semikolon.csv')));
    expect(rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(rows[0]!.application.description).toBe('Kafé; med "sitat"\nog linjeskift');
    expect(rows.map((r) => r.application.amountAppliedOre)).toEqual([4_000_000, 15_000_000, 1_250_000]);
    expect(rows[1]).toMatchObject({
      organisation: { orgnr: '910000004', name: 'Sandnes Fotballklubb' },
      application: { receivedDate: '2020-02-04', kind: 'prosjekt', subGoals: ['A', 'C'], targetGroups: ['flyktninger', 'lokalbefolkning'] },
    });
    expect(rows[2]).toMatchObject({
      organisation: { registeredInFrivillighetsregisteret: true },
      application: { location: 'delvis_utlandet', receptionCentre: true, receptionCentreContact: 'Per på mottaket' },
    });
  });

  it('reads UTF-8 with BOM and , the same way (the BOM is not part of the first header)', async () => {
    const semicolon = await rowsOf(parseImportFile(fixture('good', 'utf8-semikolon.csv')));
    expect(await rowsOf(parseImportFile(fixture('good', 'utf8-bom-komma.csv')))).toEqual(semicolon);
  });

  it('reads TAB-separated text', async () => {
    const semicolon = await rowsOf(parseImportFile(fixture('good', 'utf8-semikolon.csv')));
    expect(await rowsOf(parseImportFile(fixture('good', 'tabulator.txt')))).toEqual(semicolon);
  });

  it('shows æøå from a Windows-1252 file (Excel "CSV" on a Norwegian PC)', async () => {
    const [row] = await rowsOf(parseImportFile(fixture('good', 'windows-1252.csv')));
    expect(row!.organisation.name).toBe('Ål Frivilligsentral');
    expect(row!.organisation.contactPerson).toBe('Bjørn Åsheim');
    expect(row!.application.title).toBe('Språkkafé på Ørsta bibliotek');
    expect(row!.application.description).toBe('Møteplass for små og store: æøå ÆØÅ');
  });

  it('reads UTF-16 text with BOM (Excel "Unicode text")', async () => {
    const [row] = await rowsOf(parseImportFile(fixture('good', 'utf16-tabulator.txt')));
    expect(row!.application.title).toBe('Språkkafé på Ørsta bibliotek');
  });

  it('matches portal headers case-insensitively, trimmed, with æøå and aliases', async () => {
    const [row] = await rowsOf(parseImportFile(fixture('good', 'portal-kolonnenavn.csv')));
    expect(row).toMatchObject({ organisation: { orgnr: '864139442', email: 'kari@example.no' }, application: { amountAppliedOre: 4_000_000, subGoals: ['B'], receivedDate: '2020-02-03' } });
  });

  it('skips blank rows but keeps the row numbers of the rest', async () => {
    const file = csvFile([validRow(), {}, validRow({ ekstern_id: 'P-2', orgnr: 'feil' })]);
    const preview = await parseImportFile(file);
    expect(preview.totalRows).toBe(2);
    expect(preview.errors).toEqual([
      { row: 4, column: 'orgnr', value: 'feil', reason: 'Organisasjonsnummeret kan bare inneholde siffer.' },
    ]);
  });

  it('reports every bad cell of a row, and keeps the good rows', async () => {
    const preview = await parseImportFile(csvFile([validRow({ mottatt: 'i går', sokt_belop: 'mye' }), validRow({ ekstern_id: 'P-2' })]));
    expect(preview.rows.map((r) => r.row)).toEqual([3]);
    expect(preview.errors.map((e) => [e.row, e.column, e.value])).toEqual([[2, 'mottatt', 'i går'], [2, 'sokt_belop', 'mye']]);
  });

  it('keeps text that looks like a formula as plain text', async () => {
    const [row] = await rowsOf(parseImportFile(csvFile([validRow({ tittel: '=HYPERLINK("http://x")', telefon: '+47 55 00 00 00', beskrivelse: '@kari -- hei' })])));
    expect(row!.application.title).toBe('=HYPERLINK("http://x")');
    expect(row!.organisation.phone).toBe('+47 55 00 00 00');
    expect(row!.application.description).toBe('@kari -- hei');
  });

  it('treats a scheme-rule break as a valid row (the screening flags it, not the import)', async () => {
    const rows = await rowsOf(parseImportFile(csvFile([validRow({ frivillighetsregisteret: 'nei', sokt_belop: '5 000 000', sted: 'kun_utlandet', imdi_samme_aktivitet: 'ja', mottak: 'ja' })])));
    expect(rows).toHaveLength(1);
  });

  it('checks text lengths with the entity rules, so a valid row can always be saved', async () => {
    const preview = await parseImportFile(csvFile([validRow({ tittel: 'x'.repeat(301) })]));
    expect(preview.errors[0]).toMatchObject({ column: 'tittel', reason: 'Tittelen kan ha høyst 300 tegn.' });
  });
});

describe('delimiter detection', () => {
  it.each([
    ['a;b;c\n1,5;2;3', ';'],
    ['a,b,c\n"1;5",2,3', ','],
    ['a\tb\tc\n1;2\t3\t4', '\t'],
    ['"a;x",b,c\n1,2,3', ','],
    ['tittel\nx', ';'],
  ])('finds the delimiter of %j', (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe('header matching', () => {
  it('normalises case, spaces and æøå', () => {
    expect(normaliseHeader('  Søkt Beløp ')).toBe('sokt_belop');
    expect(normaliseHeader('DELMÅL')).toBe('delmal');
    expect(normaliseHeader('Ikke støttbare kostnader')).toBe('ikke_stottbare_kostnader');
    expect(normaliseHeader('Ærend')).toBe('aerend');
  });

  it('maps aliases, and prefers the canonical name when both are there', () => {
    expect(autoMapColumns(['Organisasjonsnummer', 'Søkt beløp', 'E-post', 'Ukjent'])).toEqual({
      orgnr: 'Organisasjonsnummer',
      sokt_belop: 'Søkt beløp',
      epost: 'E-post',
    });
    expect(autoMapColumns(['Organisasjonsnummer', 'orgnr']).orgnr).toBe('orgnr');
  });

  it('lets the officer map a column the names do not give away', async () => {
    const { orgnr, ...rest } = validRow();
    const columns = [...Object.keys(rest), 'Org.nr. søker'];
    const file = csvFile([{ ...rest, 'Org.nr. søker': orgnr! }], 'x.csv', columns);
    await expect(parseImportFile(file)).rejects.toThrow('Filen mangler den påkrevde kolonnen «orgnr».');
    const preview = await parseImportFile(file, { mapping: { orgnr: 'Org.nr. søker' } });
    expect(preview.rows[0]!.organisation.orgnr).toBe('864139442');
  });
});

describe('XLSX', () => {
  it('reads the first sheet: real Excel dates, serials and numbers; formulas stay text', async () => {
    const [row] = await rowsOf(parseImportFile(fixture('good', 'soknader.xlsx')));
    expect(row).toMatchObject({
      row: 2,
      organisation: { orgnr: '864139442', accountNumber: '12345678903' },
      application: {
        receivedDate: '2020-02-03',
        periodFrom: '2020-03-01',
        periodTo: '2020-12-31',
        amountAppliedOre: 4_000_000,
        totalBudgetOre: 5_500_050,
        title: '=HYPERLINK("http://example.com")',
      },
    });
  });
});

describe('JSON', () => {
  it('reads søknader with budget lines, numbers and booleans', async () => {
    const [row] = await rowsOf(parseImportFile(fixture('good', 'soknader.json')));
    expect(row).toMatchObject({
      row: 2,
      organisation: { orgnr: '864139442', registeredInFrivillighetsregisteret: true },
      application: {
        amountAppliedOre: 4_000_000,
        budgetLines: [
          { category: 'aktivitet', description: 'Kursleder', amountOre: 3_000_000 },
          { category: 'anskaffelse', description: 'Kaffemaskin', amountOre: 500_000 },
        ],
      },
    });
  });
});

describe('size guard, progress and cancelling', () => {
  it('refuses a file above 50 MB with a clear message before reading it', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    await expect(parseImportFile({ name: 'stor.csv', bytes })).rejects.toThrow(
      'Filen er for stor (50 MB). Største tillatte størrelse er 50 MB. Del den opp i flere filer.',
    );
  });

  it('reports rising progress up to 1', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => validRow({ ekstern_id: `P-${i}` }));
    const fractions: number[] = [];
    const preview = await parseImportFile(csvFile(rows), { onProgress: (f) => fractions.push(f) });
    expect(preview.rows).toHaveLength(1200);
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });

  it('stops with "avbrutt" when cancelled, before or during the rows', async () => {
    const file = csvFile(Array.from({ length: 1200 }, (_, i) => validRow({ ekstern_id: `P-${i}` })));
    const early = new AbortController();
    early.abort();
    await expect(parseImportFile(file, { signal: early.signal })).rejects.toThrow('Innlesingen ble avbrutt.');

    const during = new AbortController();
    const run = parseImportFile(file, { signal: during.signal, onProgress: (f) => f > 0.5 && during.abort() });
    await expect(run).rejects.toMatchObject({ code: 'avbrutt' });
  });
});

describe('the error list as CSV', () => {
  it('is UTF-8 with BOM, ;-separated, quoted where needed and safe from formulas', () => {
    const bytes = errorsToCsv([
      { row: 2, column: 'sokt_belop', value: '=SUM(A1)', reason: 'Ugyldig; «x»' },
      { row: 3, column: 'orgnr', value: '-1', reason: 'Si "hei"' },
      { row: 4, column: 'epost', value: '@x', reason: 'a\nb' },
    ]);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      'Rad;Kolonne;Verdi;Årsak\r\n' +
        "2;sokt_belop;'=SUM(A1);\"Ugyldig; «x»\"\r\n" +
        "3;orgnr;'-1;\"Si \"\"hei\"\"\"\r\n" +
        "4;epost;'@x;\"a\nb\"\r\n",
    );
  });
});

describe('templates', () => {
  it('the CSV template reads back as one valid row', async () => {
    const bytes = buildTemplateCsv();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [row] = await rowsOf(parseImportFile({ name: 'mal.csv', bytes }));
    expect(row!.application.title).toBe('Norsktrening på biblioteket');
  });

  it('the XLSX template reads back with the same headers and row', async () => {
    const bytes = await buildTemplateXlsx();
    const table = await readImportFile({ name: 'mal.xlsx', bytes });
    const csvTable = await readImportFile({ name: 'mal.csv', bytes: buildTemplateCsv() });
    expect(table.headers).toEqual(csvTable.headers);
    expect(await rowsOf(parseImportFile({ name: 'mal.xlsx', bytes }))).toEqual(
      await rowsOf(parseImportFile({ name: 'mal.csv', bytes: buildTemplateCsv() })),
    );
  });
});
