// Per-column value parsers of soknadsimport/1. Each takes a raw cell and returns the value or a
// Norwegian reason. Text that looks like a formula (=, +, -, @) is only ever treated as text.
import { budgetCategorySchema, type BudgetLine, type TargetGroup, type ApplicationKind, type ApplicationLocation } from '@renderer/domain/application';
import type { SubGoal } from '@renderer/domain/call';
import { emailSchema, isRealIsoDate } from '@renderer/domain/common';
import { accountNumberProblem, normaliseAccountNumber, normaliseOrgnr, orgnrProblem } from '@renderer/domain/identifiers';
import { KRONER_HINT, readKroner } from '@renderer/domain/vocabulary/format';
import { cellText, isoDateOfUtc } from './cell-text';
import type { ImportCell } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const text = (cell: ImportCell): string => cellText(cell).trim();

// --- dates ---------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's serial dates, counting Excel's phantom 29 Feb 1900 (right for 1 Mar 1900 on). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** Serials from 1 Mar 1900 to 31 Dec 9999. */
const MIN_SERIAL = 61;
const MAX_SERIAL = 2_958_465;

function fromExcelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < MIN_SERIAL || serial > MAX_SERIAL) return null;
  return isoDateOfUtc(new Date(EXCEL_EPOCH + serial * MS_PER_DAY));
}

const DATE_HINT = 'Bruk ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ, for eksempel 2020-02-03 eller 03.02.2020.';

/** `2020-02-03`, `03.02.2020` (also `3.2.2020`), a spreadsheet date, or an Excel serial number. */
export function parseDate(cell: ImportCell): Parsed<string> {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? fail(`Ugyldig dato. ${DATE_HINT}`) : ok(isoDateOfUtc(cell));
  }
  if (typeof cell === 'number') {
    const iso = fromExcelSerial(cell);
    return iso ? ok(iso) : fail(`Tallet ${cell} er ikke en dato. ${DATE_HINT}`);
  }
  const raw = text(cell);
  let iso: string | null = null;
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  const norMatch = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  if (isoMatch) iso = `${isoMatch[1]}-${isoMatch[2]}-${isoMatch[3]}`;
  else if (norMatch) iso = `${norMatch[3]}-${norMatch[2]!.padStart(2, '0')}-${norMatch[1]!.padStart(2, '0')}`;
  else if (/^\d{5}$/.test(raw)) iso = fromExcelSerial(Number(raw));
  if (!iso) return fail(`«${raw}» er ikke en dato. ${DATE_HINT}`);
  if (!isRealIsoDate(iso)) return fail(`Datoen «${raw}» finnes ikke.`);
  return ok(iso);
}

// --- identifiers and contact details -------------------------------------------------------

export function parseOrgnr(cell: ImportCell): Parsed<string> {
  const raw = text(cell);
  const problem = orgnrProblem(raw);
  return problem ? fail(problem) : ok(normaliseOrgnr(raw));
}

/** Empty is "none"; otherwise 11 digits (spaces and dots allowed) with a valid MOD11 digit. */
export function parseAccountNumber(cell: ImportCell): Parsed<string | undefined> {
  const raw = text(cell);
  if (raw === '') return ok(undefined);
  const problem = accountNumberProblem(raw);
  return problem ? fail(problem) : ok(normaliseAccountNumber(raw));
}

export function parseEmail(cell: ImportCell): Parsed<string | undefined> {
  const raw = text(cell);
  if (raw === '') return ok(undefined);
  return emailSchema.safeParse(raw).success ? ok(raw) : fail(`«${raw}» er ikke en gyldig e-postadresse.`);
}

// --- yes/no --------------------------------------------------------------------------------

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', 'sann', '1', 'x']);
const NO = new Set(['nei', 'n', 'no', 'false', 'usann', '0', '']);

/** `ja`/`nei`, `true`/`false`, `1`/`0`, `x`/empty; empty means no. */
export function parseYesNo(cell: ImportCell): Parsed<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const raw = text(cell).toLowerCase();
  if (YES.has(raw)) return ok(true);
  if (NO.has(raw)) return ok(false);
  return fail(`«${text(cell)}» er ikke ja eller nei. Bruk ja/nei, true/false, 1/0 eller x/tom.`);
}

// --- amounts -------------------------------------------------------------------------------

/**
 * Kroner by the program's one reading rule (readKroner: `50000`, `50 000`, `kr 50 000`,
 * `NOK 50000`, `50.000`, `50 000,00`, `50 000,-`); a number cell as is. Returns øre; empty gives
 * undefined; a negative amount is refused.
 */
export function parseAmountOre(cell: ImportCell): Parsed<number | undefined> {
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return fail(`Beløpet er ikke et tall. ${KRONER_HINT}`);
    if (cell < 0) return fail(`Beløpet kan ikke være negativt (${cell}).`);
    const ore = Math.round(cell * 100);
    if (Math.abs(ore - cell * 100) > 1e-6 || !Number.isSafeInteger(ore)) {
      return fail(`Beløpet ${cell} kan ikke gjøres om til kroner og øre.`);
    }
    return ok(ore);
  }
  const raw = text(cell);
  if (raw === '') return ok(undefined);
  const reading = readKroner(raw);
  if (!reading.ok) return fail(reading.reason);
  if (reading.ore < 0) return fail(`Beløpet kan ikke være negativt («${raw}»).`);
  return ok(reading.ore);
}

// --- kinds and lists -----------------------------------------------------------------------

const KINDS: readonly ApplicationKind[] = ['prosjekt', 'enkelttiltak', 'aktivitet', 'drift'];

export function parseKind(cell: ImportCell): Parsed<ApplicationKind> {
  const raw = text(cell).toLowerCase();
  const kind = KINDS.find((k) => k === raw);
  return kind
    ? ok(kind)
    : fail(`Ukjent type «${text(cell)}». Bruk prosjekt, enkelttiltak, aktivitet eller drift.`);
}

/** `A`, `B`, `C`, several separated by commas (`A,C`); spaces, `;` and `/` are forgiven. */
export function parseSubGoals(cell: ImportCell): Parsed<SubGoal[]> {
  const parts = text(cell).split(/[,;/\s]+/).filter((p) => p !== '');
  if (parts.length === 0) return fail('Delmål mangler. Bruk A, B eller C, flere skilt med komma (A,C).');
  const goals = new Set<SubGoal>();
  for (const part of parts) {
    const upper = part.toUpperCase();
    if (upper !== 'A' && upper !== 'B' && upper !== 'C') {
      return fail(`Ukjent delmål «${part}». Bruk A, B eller C, flere skilt med komma (A,C).`);
    }
    goals.add(upper);
  }
  return ok([...goals].sort());
}

const TARGET_GROUPS: Record<string, TargetGroup> = {
  flyktninger: 'flyktninger',
  flyktning: 'flyktninger',
  arbeidsinnvandrere: 'arbeidsinnvandrere',
  arbeidsinnvandrer: 'arbeidsinnvandrere',
  familieinnvandrere: 'familieinnvandrere',
  familieinnvandrer: 'familieinnvandrere',
  mottak: 'mottak',
  asylmottak: 'mottak',
  lokalbefolkning: 'lokalbefolkning',
  lokalbefolkningen: 'lokalbefolkning',
};

export function parseTargetGroups(cell: ImportCell): Parsed<TargetGroup[]> {
  const parts = text(cell).split(/[,;]/).map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
  const groups = new Set<TargetGroup>();
  for (const part of parts) {
    const group = TARGET_GROUPS[part];
    if (!group) {
      return fail(
        `Ukjent målgruppe «${part}». Bruk flyktninger, arbeidsinnvandrere, familieinnvandrere, mottak eller lokalbefolkning.`,
      );
    }
    groups.add(group);
  }
  return ok([...groups]);
}

const LOCATIONS: Record<string, ApplicationLocation> = {
  '': 'norge',
  norge: 'norge',
  delvis_utlandet: 'delvis_utlandet',
  kun_utlandet: 'kun_utlandet',
  bare_utlandet: 'kun_utlandet',
};

/** `norge` (also empty), `delvis_utlandet`, `kun_utlandet`; spaces may stand for underscores. */
export function parseLocation(cell: ImportCell): Parsed<ApplicationLocation> {
  const key = text(cell).toLowerCase().replace(/[\s-]+/g, '_');
  const location = LOCATIONS[key];
  return location
    ? ok(location)
    : fail(`Ukjent sted «${text(cell)}». Bruk norge, delvis_utlandet eller kun_utlandet.`);
}

// --- budget lines (JSON) -------------------------------------------------------------------

/** `[{ kategori, beskrivelse, belop }]`, belop in kroner like sokt_belop. Absent gives undefined. */
export function parseBudgetLines(cell: ImportCell): Parsed<BudgetLine[] | undefined> {
  if (cell === null || cell === undefined || cell === '') return ok(undefined);
  if (!Array.isArray(cell)) return fail('Budsjettposter må være en liste: [{ "kategori", "beskrivelse", "belop" }].');
  const lines: BudgetLine[] = [];
  for (const [i, item] of cell.entries()) {
    const n = i + 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      return fail(`Budsjettpost ${n} må være et objekt med kategori, beskrivelse og belop.`);
    }
    const record = item as Record<string, unknown>;
    const category = budgetCategorySchema.safeParse(text(record['kategori']).toLowerCase());
    if (!category.success) return fail(`Budsjettpost ${n}: ukjent kategori «${text(record['kategori'])}».`);
    const description = text(record['beskrivelse']);
    if (description.length > 500) return fail(`Budsjettpost ${n}: beskrivelsen kan ha høyst 500 tegn.`);
    const amount = parseAmountOre(record['belop']);
    if (!amount.ok) return fail(`Budsjettpost ${n}: ${amount.reason}`);
    if (amount.value === undefined) return fail(`Budsjettpost ${n}: beløpet mangler.`);
    lines.push({ category: category.data, description, amountOre: amount.value });
  }
  return ok(lines);
}
