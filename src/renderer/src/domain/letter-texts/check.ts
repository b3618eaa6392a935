// What is wrong with one edited letter text, as Norwegian sentences that name the text. The first
// problem is the one a form shows at the field: an unknown placeholder comes before a missing one,
// since a misspelt {klagefirst} is usually why {klagefrist} is missing.
import { LETTER_TEXT_MAX, type LetterTextField } from './fields';
import { LETTER_TEXT_CONTRADICTIONS } from './contradictions';
import { listPlaceholders, scanPlaceholders } from './placeholders';

export function letterTextProblems(field: LetterTextField, value: string): string[] {
  const name = `«${field.label}»`;
  const text = value.trim();
  if (!text) return field.optional ? [] : [`${name} kan ikke være tom`];

  const problems: string[] = [];
  const { names, strayBrace } = scanPlaceholders(text);
  const allowed: readonly string[] = field.placeholders;
  const unknown = names.filter((n) => !allowed.includes(n));
  if (unknown.length > 0) {
    problems.push(
      allowed.length === 0
        ? `${name} kan ikke ha plassholdere, men har ${listPlaceholders(unknown)}`
        : `${name} har ${unknown.length === 1 ? 'en ukjent plassholder' : 'ukjente plassholdere'}: ${listPlaceholders(unknown)}. Se listen over plassholdere du kan bruke.`,
    );
  }
  if (strayBrace) {
    problems.push(`${name} har en krøllparentes som ikke hører til en plassholder. Skriv plassholdere slik: {kommune}`);
  }
  for (const { placeholder, because } of field.required) {
    if (!names.includes(placeholder)) problems.push(`${name} må inneholde {${placeholder}}, fordi ${because}`);
  }
  for (const { pattern, what, because } of field.mentions ?? []) {
    if (!pattern.test(text)) problems.push(`${name} må nevne ${what}, fordi ${because}`);
  }
  for (const { pattern, what, because } of LETTER_TEXT_CONTRADICTIONS) {
    if (pattern.test(text)) problems.push(`${name} kan ikke si ${what}, fordi ${because}`);
  }
  const max = LETTER_TEXT_MAX[field.form];
  if (text.length > max) problems.push(`${name} kan ha høyst ${max} tegn (nå ${text.length})`);
  if (field.form === 'line' && /\n/.test(text)) problems.push(`${name} må stå på én linje`);
  return problems;
}
