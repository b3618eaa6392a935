// The canonical columns of soknadsimport/1 and how a file's headers are matched to them:
// case-insensitive, surrounding spaces ignored, æ ø å equal to ae o a, plus common portal aliases.
import type { ImportCell } from './types';

export const IMPORT_COLUMNS = [
  'ekstern_id',
  'mottatt',
  'orgnr',
  'organisasjon',
  'frivillighetsregisteret',
  'kontaktperson',
  'epost',
  'telefon',
  'kontonummer',
  'tittel',
  'beskrivelse',
  'type',
  'delmal',
  'malgrupper',
  'sokt_belop',
  'totalbudsjett',
  'ikke_stottbare_kostnader',
  'periode_fra',
  'periode_til',
  'sted',
  'imdi_samme_aktivitet',
  'mottak',
  'mottak_kontaktperson',
  'budsjettposter',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly ImportColumn[] = [
  'mottatt',
  'orgnr',
  'organisasjon',
  'frivillighetsregisteret',
  'tittel',
  'type',
  'delmal',
  'sokt_belop',
];

/** Other names portals and hand-made sheets use, already normalised (see normaliseHeader). */
const ALIASES: Partial<Record<ImportColumn, readonly string[]>> = {
  ekstern_id: ['referanse', 'ekstern_referanse', 'soknadsnummer', 'soknads_id', 'soknad_id', 'saksnummer'],
  mottatt: ['mottatt_dato', 'dato_mottatt', 'mottaksdato', 'innsendt', 'innsendt_dato', 'dato'],
  orgnr: ['organisasjonsnummer', 'org_nr', 'orgnummer', 'organisasjonsnr'],
  organisasjon: ['organisasjonsnavn', 'organisasjonens_navn', 'soker', 'sokerorganisasjon'],
  frivillighetsregisteret: ['registrert_i_frivillighetsregisteret', 'frivillighetsregistrert'],
  kontaktperson: ['kontakt', 'kontaktperson_navn'],
  epost: ['e_post', 'epostadresse', 'e_postadresse', 'email', 'e_mail'],
  telefon: ['tlf', 'telefonnummer', 'mobil', 'mobilnummer'],
  kontonummer: ['kontonr', 'bankkonto', 'bankkontonummer'],
  tittel: ['prosjektnavn', 'tiltaksnavn', 'navn_pa_tiltaket', 'navn_pa_prosjektet', 'prosjekttittel'],
  beskrivelse: ['prosjektbeskrivelse', 'kort_beskrivelse'],
  type: ['soknadstype', 'tiltakstype', 'type_tiltak'],
  delmal: ['delmaal', 'delmaal_a_b_c'],
  malgrupper: ['malgruppe', 'maalgrupper'],
  sokt_belop: ['soknadsbelop', 'omsokt_belop', 'belop', 'sokt_belop_kr', 'sokt_om'],
  totalbudsjett: ['total_budsjett', 'totalt_budsjett', 'budsjett'],
  periode_fra: ['fra_dato', 'startdato', 'periode_start'],
  periode_til: ['til_dato', 'sluttdato', 'periode_slutt'],
  imdi_samme_aktivitet: ['stotte_fra_imdi', 'sokt_imdi'],
  mottak: ['asylmottak', 'gjelder_mottak'],
  mottak_kontaktperson: ['kontaktperson_mottak', 'kontaktperson_pa_mottaket'],
};

/** Lower case, æ ø å as ae o a, and any run of other characters as one underscore. */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFC')
    .trim()
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Canonical column -> the header exactly as it stands in the file. */
export type ColumnMapping = Partial<Record<ImportColumn, string>>;

function columnFor(normalised: string): ImportColumn | undefined {
  return IMPORT_COLUMNS.find((c) => c === normalised || ALIASES[c]?.includes(normalised));
}

/** Maps each canonical column to the first header that names it; an exact name beats an alias. */
export function autoMapColumns(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const exact = new Set<ImportColumn>();
  for (const header of headers) {
    const normalised = normaliseHeader(header);
    const column = columnFor(normalised);
    if (!column) continue;
    const isExact = column === normalised;
    if (mapping[column] === undefined || (isExact && !exact.has(column))) {
      mapping[column] = header;
      if (isExact) exact.add(column);
    }
  }
  return mapping;
}

export function missingRequiredColumns(mapping: ColumnMapping): ImportColumn[] {
  return REQUIRED_COLUMNS.filter((c) => mapping[c] === undefined);
}

/** The cells of one record keyed by canonical column; unmapped columns are absent. */
export type MappedRecord = Partial<Record<ImportColumn, ImportCell>>;

export function applyMapping(
  headers: readonly string[],
  cells: readonly ImportCell[],
  mapping: ColumnMapping,
): MappedRecord {
  const out: MappedRecord = {};
  for (const column of IMPORT_COLUMNS) {
    const header = mapping[column];
    if (header === undefined) continue;
    const index = headers.indexOf(header);
    if (index >= 0) out[column] = cells[index] ?? null;
  }
  return out;
}
