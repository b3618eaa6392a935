// Spreadsheets read text starting with = + - @ (or a tab / carriage return) as a formula: CSV
// injection. An apostrophe in front makes it plain text and is what Excel itself shows for it.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
