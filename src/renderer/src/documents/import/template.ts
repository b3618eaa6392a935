// Import templates with the canonical headers and one example row, as CSV and as XLSX.
import writeXlsxFile from 'write-excel-file/universal';
import { IMPORT_COLUMNS, type ImportColumn } from './columns';
import { csvLine } from './error-csv';

/** budsjettposter is a list, so only the JSON form carries it. */
export const TEMPLATE_COLUMNS = IMPORT_COLUMNS.filter((c) => c !== 'budsjettposter');

/** A valid example (Norges Røde Kors' real orgnr; a MOD11-valid kontonummer). */
export const TEMPLATE_EXAMPLE: Record<Exclude<ImportColumn, 'budsjettposter'>, string> = {
  ekstern_id: 'PORTAL-2020-001',
  mottatt: '2020-02-03',
  orgnr: '864 139 442',
  organisasjon: 'Bergen Røde Kors',
  frivillighetsregisteret: 'ja',
  kontaktperson: 'Kari Nordmann',
  epost: 'kari@example.no',
  telefon: '55 00 00 00',
  kontonummer: '1234.56.78903',
  tittel: 'Norsktrening på biblioteket',
  beskrivelse: 'Ukentlig språkkafé med frivillige.',
  type: 'enkelttiltak',
  delmal: 'A,B',
  malgrupper: 'flyktninger,familieinnvandrere',
  sokt_belop: '40 000',
  totalbudsjett: '55 000',
  ikke_stottbare_kostnader: '0',
  periode_fra: '2020-03-01',
  periode_til: '2020-12-31',
  sted: 'norge',
  imdi_samme_aktivitet: 'nei',
  mottak: 'nei',
  mottak_kontaktperson: '',
};

export function buildTemplateCsvText(): string {
  const lines = [csvLine(TEMPLATE_COLUMNS), csvLine(TEMPLATE_COLUMNS.map((c) => TEMPLATE_EXAMPLE[c]))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** UTF-8 with BOM and `;`, so Excel on a Norwegian PC opens it with æ ø å intact. */
export function buildTemplateCsv(): Uint8Array {
  return new TextEncoder().encode(buildTemplateCsvText());
}

/** Every cell is text, so Excel keeps orgnr spaces and leading zeros as typed. */
export async function buildTemplateXlsx(): Promise<Uint8Array> {
  const header = TEMPLATE_COLUMNS.map((c) => ({ value: c, type: String, fontWeight: 'bold' as const }));
  const example = TEMPLATE_COLUMNS.map((c) => ({ value: TEMPLATE_EXAMPLE[c], type: String }));
  const blob = await writeXlsxFile([header, example], {
    columns: TEMPLATE_COLUMNS.map(() => ({ width: 20 })),
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
