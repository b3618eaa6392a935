// One mapped record to a valid import row, or the reasons it cannot be read as an application.
// A row that breaks a rule of the scheme (R1–R8) is still valid: the screening flags it later.
import type { z } from 'zod';
import { ApplicationFieldsSchema } from '@renderer/domain/application';
import { OrganisationSchema } from '@renderer/domain/organisation';
import { cellText } from './cell-text';
import type { ImportColumn, MappedRecord } from './columns';
import type { ImportRowError, ValidImportRow } from './types';
import {
  parseAccountNumber,
  parseAmountOre,
  parseBudgetLines,
  parseDate,
  parseEmail,
  parseKind,
  parseLocation,
  parseOrgnr,
  parseSubGoals,
  parseTargetGroups,
  parseYesNo,
  type Parsed,
} from './value-parsers';

const app = ApplicationFieldsSchema.shape;
const org = OrganisationSchema.shape;

/** Text checked with the entity schema's own rule, so a valid row always passes the write. */
function textBy(schema: z.ZodType<string | undefined>) {
  return (cell: unknown): Parsed<string | undefined> => {
    const value = cellText(cell).trim();
    const result = schema.safeParse(value === '' && schema.safeParse(undefined).success ? undefined : value);
    return result.success ? { ok: true, value: result.data } : { ok: false, reason: `${result.error.issues[0]?.message ?? 'Ugyldig tekst'}.` };
  };
}

function required<T>(parse: (cell: unknown) => Parsed<T | undefined>, missing: string) {
  return (cell: unknown): Parsed<T> => {
    const result = parse(cell);
    if (!result.ok) return result;
    return result.value === undefined ? { ok: false, reason: missing } : { ok: true, value: result.value };
  };
}

const whenGiven = <T>(parse: (cell: unknown) => Parsed<T>, missing: string) => (cell: unknown): Parsed<T> =>
  cellText(cell).trim() === '' ? { ok: false, reason: missing } : parse(cell);

const defaultNo = (cell: unknown): Parsed<boolean> => parseYesNo(cell);

const PARSERS = {
  ekstern_id: textBy(app.externalId),
  mottatt: whenGiven(parseDate, 'Mottatt-dato mangler.'),
  orgnr: whenGiven(parseOrgnr, 'Organisasjonsnummeret mangler.'),
  organisasjon: required(textBy(org.name.optional()), 'Organisasjonsnavnet mangler.'),
  frivillighetsregisteret: parseYesNo,
  kontaktperson: textBy(org.contactPerson),
  epost: parseEmail,
  telefon: textBy(org.phone),
  kontonummer: parseAccountNumber,
  tittel: required(textBy(app.title.optional()), 'Tittelen mangler.'),
  beskrivelse: textBy(app.description.optional()),
  type: whenGiven(parseKind, 'Type mangler. Bruk prosjekt, enkelttiltak, aktivitet eller drift.'),
  delmal: parseSubGoals,
  malgrupper: parseTargetGroups,
  sokt_belop: required(parseAmountOre, 'Søkt beløp mangler.'),
  totalbudsjett: parseAmountOre,
  ikke_stottbare_kostnader: parseAmountOre,
  periode_fra: (cell: unknown) => (cellText(cell).trim() === '' ? { ok: true, value: undefined } : parseDate(cell)),
  periode_til: (cell: unknown) => (cellText(cell).trim() === '' ? { ok: true, value: undefined } : parseDate(cell)),
  sted: parseLocation,
  imdi_samme_aktivitet: defaultNo,
  mottak: defaultNo,
  mottak_kontaktperson: textBy(app.receptionCentreContact),
  budsjettposter: parseBudgetLines,
} satisfies Record<ImportColumn, (cell: unknown) => Parsed<unknown>>;

type Values = { [C in ImportColumn]: ReturnType<(typeof PARSERS)[C]> extends Parsed<infer T> ? T : never };

export interface ParsedRecord {
  valid?: ValidImportRow;
  errors: ImportRowError[];
}

/** Parses every mapped column (an unmapped optional column counts as empty). */
export function parseRecord(row: number, record: MappedRecord): ParsedRecord {
  const errors: ImportRowError[] = [];
  const values: Partial<Record<ImportColumn, unknown>> = {};
  for (const [column, parse] of Object.entries(PARSERS) as [ImportColumn, (cell: unknown) => Parsed<unknown>][]) {
    const cell = record[column] ?? null;
    const result = parse(cell);
    if (result.ok) values[column] = result.value;
    else errors.push({ row, column, value: cellText(cell), reason: result.reason });
  }
  const v = values as Values;
  if (errors.length === 0 && v.periode_fra && v.periode_til && v.periode_fra > v.periode_til) {
    errors.push({
      row,
      column: 'periode_til',
      value: cellText(record.periode_til),
      reason: 'Periodens slutt kan ikke være før starten.',
    });
  }
  if (errors.length > 0) return { errors };
  return {
    errors,
    valid: {
      row,
      organisation: dropUndefined({
        orgnr: v.orgnr,
        name: v.organisasjon,
        registeredInFrivillighetsregisteret: v.frivillighetsregisteret,
        contactPerson: v.kontaktperson,
        email: v.epost,
        phone: v.telefon,
        accountNumber: v.kontonummer,
      }),
      application: dropUndefined({
        externalId: v.ekstern_id,
        receivedDate: v.mottatt,
        title: v.tittel,
        description: v.beskrivelse ?? '',
        kind: v.type,
        subGoals: v.delmal,
        targetGroups: v.malgrupper,
        amountAppliedOre: v.sokt_belop,
        totalBudgetOre: v.totalbudsjett,
        ineligibleCostsOre: v.ikke_stottbare_kostnader,
        budgetLines: v.budsjettposter,
        periodFrom: v.periode_fra,
        periodTo: v.periode_til,
        location: v.sted,
        imdiSameActivity: v.imdi_samme_aktivitet,
        receptionCentre: v.mottak,
        receptionCentreContact: v.mottak_kontaktperson,
      }),
    },
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
