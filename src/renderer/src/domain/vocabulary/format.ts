// The one module for Norwegian (nb-NO) display of money, numbers, dates and timestamps, and for
// reading the kroner an officer types or an import file holds. Domain, documents and UI all use it.
//
// Conventions chosen here (and why):
// - Thousands separator: U+00A0 NO-BREAK SPACE. Språkrådet wants a space between digit groups;
//   the no-break kind keeps "1 000 000" on one line and exists in every font (letters, PDFs),
//   unlike the thin spaces U+2009/U+202F. Intl's nb-NO output uses it too.
// - Money: "kr 1 000 000" (currency first, as on Norwegian invoices and in Windows' nb-NO
//   format), whole kroner when øre are 0, otherwise two decimals with a comma: "kr 1 000,50".
// - Negative: "kr -500" (sign after the currency, as in the nb-NO currency format) with an ASCII
//   hyphen-minus, not Intl's U+2212, so copied figures paste into spreadsheets as numbers.
// Money and dates are formatted by hand, not by Intl, so the output never shifts with the ICU version.

export const NBSP = '\u00a0';
const MINUS = '-';

function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** Øre (integer) → "kr 1 000 000" / "kr 1 000,50" / "kr -500". */
export function formatMoney(ore: number): string {
  if (!Number.isSafeInteger(ore)) throw new RangeError(`Beløp i øre må være et heltall: ${ore}`);
  const abs = Math.abs(ore);
  const kroner = groupDigits(String(Math.trunc(abs / 100)));
  const rest = abs % 100;
  const sign = ore < 0 ? MINUS : '';
  const decimals = rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`;
  return `kr${NBSP}${sign}${kroner}${decimals}`;
}

/** A plain number in nb-NO: "1 234,5"; `decimals` fixes the number of decimals. */
export function formatNumber(value: number, decimals?: number): string {
  if (!Number.isFinite(value)) return '';
  const format = new Intl.NumberFormat('nb-NO', {
    minimumFractionDigits: decimals ?? 0,
    maximumFractionDigits: decimals ?? 2,
    useGrouping: true,
  });
  return format
    .format(value)
    .replace(/\u2212/g, MINUS)
    .replace(/[\u202f\u2009 ]/g, NBSP);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2020-02-03" → "03.02.2020". Empty for missing values; anything not a date is shown as is. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  return `${match[3]}.${match[2]}.${match[1]}`;
}

const osloParts = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO 8601 instant → "03.02.2020 kl. 14:05" in Norwegian time (Europe/Oslo, with summer time). */
export function formatTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = osloParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}.${part('month')}.${part('year')} kl. ${part('hour')}:${part('minute')}`;
}

const SPACES = /[\s\u00a0\u2009\u202f]/g;

/** What the officer is told when an amount cannot be read, after ««x» er ikke et gyldig beløp.». */
export const KRONER_HINT = 'Skriv kroner, for eksempel 50000, 50 000, kr 50 000 eller 50 000,50.';

export type KronerReading = { ok: true; ore: number } | { ok: false; reason: string };

/**
 * The one rule for kroner written as text (a form field or an import cell) → øre.
 * Accepts "50 000", "50000", "kr 50 000", "NOK 50000", "50000 kr", "50 000,-", "50 000,00",
 * "1 000,5", "kr 50.000" (dots group thousands), "1000.50" (a lone dot with 1–2 decimals), "-500".
 * Whether a negative amount is allowed is the caller's rule, not the reader's.
 */
export function readKroner(input: string): KronerReading {
  const raw = input.trim();
  const invalid: KronerReading = { ok: false, reason: `«${raw}» er ikke et gyldig beløp. ${KRONER_HINT}` };
  let text = raw.toLowerCase().replace(SPACES, '').replace(/\u2212/g, '-');
  text = text.replace(/^(kr\.?|nok)/, '').replace(/(kr\.?|nok)$/, '').replace(/,[-–]$/, '');
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (text === '') return invalid;

  let whole: string;
  let fraction = '';
  const commaMatch = /^([\d.]+),(\d{1,2})$/.exec(text);
  const lonelyDot = /^(\d+)\.(\d{1,2})$/.exec(text);
  if (commaMatch) {
    whole = commaMatch[1] ?? '';
    fraction = commaMatch[2] ?? '';
  } else if (lonelyDot) {
    whole = lonelyDot[1] ?? '';
    fraction = lonelyDot[2] ?? '';
  } else {
    whole = text;
  }
  // Dots inside the whole part are thousands separators, and only in groups of three.
  if (whole.includes('.')) {
    if (!/^\d{1,3}(\.\d{3})+$/.test(whole)) return invalid;
    whole = whole.replace(/\./g, '');
  }
  if (!/^\d+$/.test(whole)) return invalid;

  const ore = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return { ok: false, reason: `Beløpet «${raw}» er for stort.` };
  return { ok: true, ore: negative ? -ore : ore };
}

/** `readKroner` for callers that only need the øre: null when the text is not an amount. */
export function parseKroner(input: string): number | null {
  const reading = readKroner(input);
  return reading.ok ? reading.ore : null;
}

/** ["a"] → "a"; ["a", "b", "c"] → "a, b og c". */
export function joinNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** "Driftsstøtte" → "driftsstøtte", for a label used inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('nb-NO') + text.slice(1);
}
