// Placeholders in letter texts: the names the letter builder fills, and reading them out of a text.
// A placeholder is a name in braces, {kommune}; anything else in braces, or a lone brace, is an error
// the officer must see before the letter is made, not a literal brace in a letter.

/** Filled in every text the builder fills (see documents/pdf/decision-letter.ts `values`). */
export const COMMON_PLACEHOLDERS = [
  'kommune',
  'aar',
  'tittel',
  'type',
  'organisasjon',
  'mottatt',
  'sokt',
  'innvilget',
  'differanse',
  'delmal',
  'utlysning',
  'klagefrist',
  'saksbehandler',
  'tiltak',
  'periode',
] as const;

/** Filled only in the texts that name them in fields.ts. */
export const SPECIAL_PLACEHOLDERS = ['frist', 'grense', 'konto', 'kontakt'] as const;

export type Placeholder = (typeof COMMON_PLACEHOLDERS)[number] | (typeof SPECIAL_PLACEHOLDERS)[number];

export interface PlaceholderScan {
  /** Names in braces, in order of first appearance, without duplicates. */
  names: string[];
  /** True when a { or } is left over that does not belong to a {name}. */
  strayBrace: boolean;
}

export function scanPlaceholders(text: string): PlaceholderScan {
  const names: string[] = [];
  const rest = text.replace(/\{([^{}\n]*)\}/g, (_whole, name: string) => {
    if (!names.includes(name)) names.push(name);
    return '';
  });
  return { names, strayBrace: /[{}]/.test(rest) };
}

/** "{a}", "{a} og {b}", "{a}, {b} og {c}". */
export function listPlaceholders(names: readonly string[]): string {
  const braced = names.map((n) => `{${n}}`);
  if (braced.length <= 1) return braced.join('');
  return `${braced.slice(0, -1).join(', ')} og ${braced.at(-1)}`;
}
