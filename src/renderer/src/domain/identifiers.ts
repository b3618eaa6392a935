// Norwegian identifiers with MOD11 check digits: organisasjonsnummer (Brønnøysundregistrene)
// and kontonummer (bank account).

const ORGNR_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const ACCOUNT_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/**
 * MOD11 check digit for `digits` with `weights`, or null when none exists
 * (remainder 1 gives 10, which is not a digit, so such numbers are never issued).
 */
function mod11CheckDigit(digits: string, weights: number[]): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += Number(digits[i]) * weights[i]!;
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

function hasValidCheckDigit(digits: string, weights: number[]): boolean {
  const expected = mod11CheckDigit(digits, weights);
  return expected !== null && expected === Number(digits[weights.length]);
}

/** Removes the spaces (and for accounts, dots) people type in numbers. */
export function normaliseOrgnr(input: string): string {
  return input.replace(/\s/g, '');
}

export function normaliseAccountNumber(input: string): string {
  return input.replace(/[\s.]/g, '');
}

export function isValidOrgnr(input: string): boolean {
  const digits = normaliseOrgnr(input);
  return /^\d{9}$/.test(digits) && hasValidCheckDigit(digits, ORGNR_WEIGHTS);
}

export function isValidAccountNumber(input: string): boolean {
  const digits = normaliseAccountNumber(input);
  return /^\d{11}$/.test(digits) && hasValidCheckDigit(digits, ACCOUNT_WEIGHTS);
}

/** Explains in Norwegian what is wrong with an orgnr, or null when it is valid. */
export function orgnrProblem(input: string): string | null {
  const digits = normaliseOrgnr(input);
  if (!/^\d+$/.test(digits)) return 'Organisasjonsnummeret kan bare inneholde siffer.';
  if (digits.length !== 9) return `Organisasjonsnummeret må ha 9 siffer (har ${digits.length}).`;
  if (!hasValidCheckDigit(digits, ORGNR_WEIGHTS)) {
    return 'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.';
  }
  return null;
}

/** Explains in Norwegian what is wrong with a kontonummer, or null when it is valid. */
export function accountNumberProblem(input: string): string | null {
  const digits = normaliseAccountNumber(input);
  if (!/^\d+$/.test(digits)) return 'Kontonummeret kan bare inneholde siffer, mellomrom og punktum.';
  if (digits.length !== 11) return `Kontonummeret må ha 11 siffer (har ${digits.length}).`;
  if (!hasValidCheckDigit(digits, ACCOUNT_WEIGHTS)) {
    return 'Kontonummeret er ikke gyldig: kontrollsifferet stemmer ikke.';
  }
  return null;
}

/** Display form of a kontonummer: 1234.56.78903. */
export function formatAccountNumber(digits: string): string {
  const d = normaliseAccountNumber(digits);
  return d.length === 11 ? `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}` : digits;
}

/** Display form of an orgnr: 864 139 442. */
export function formatOrgnr(digits: string): string {
  const d = normaliseOrgnr(digits);
  return d.length === 9 ? `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}` : digits;
}
