// Between the øre a form holds and the kroner text an officer reads and types.
import { formatNumber, parseKroner } from '@renderer/i18n/format';

/** Øre → "50 000" or "1 000,50" (no "kr": the field shows that as an adornment). */
export function oreToKronerText(ore: number | undefined): string {
  if (ore === undefined || !Number.isFinite(ore)) return '';
  return formatNumber(ore / 100, ore % 100 === 0 ? 0 : 2);
}

/**
 * Typed text → øre. Blank → undefined (nothing entered); text that is not an amount → NaN, which
 * every zod number schema rejects, so the form shows a message instead of guessing.
 */
export function kronerTextToOre(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  return parseKroner(text) ?? Number.NaN;
}
