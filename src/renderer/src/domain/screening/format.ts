// Amounts and dates in screening reasons. The domain may not import i18n/, so this mirrors the
// house format ("kr 1 000 000", dd.mm.yyyy) in the few lines the reasons need.

const NBSP = '\u00a0';

/** Øre → "kr 8 000" (no-break space between digit groups); øre shown only when not zero. */
export function formatKroner(ore: number): string {
  const abs = Math.abs(ore);
  const kroner = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const rest = abs % 100;
  // Whole kroner normally; øre only when present, so 9 999,50 is never shown as "kr 9 999".
  const decimals = rest === 0 ? '' : `,${String(rest).padStart(2, '0')}`;
  return `kr${NBSP}${ore < 0 ? '-' : ''}${kroner}${decimals}`;
}

/** "2020-02-03" → "03.02.2020"; anything else is returned unchanged. */
export function formatIsoDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDate;
}

/** ["a"] → "a"; ["a", "b", "c"] → "a, b og c". */
export function joinNorwegian(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}
