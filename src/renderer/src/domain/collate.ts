// Norwegian text order, one collator for the whole program: æ, ø, å after z, case and accents
// second, digits by value ("Tiltak 2" before "Tiltak 10"). `localeCompare(a, b, 'nb')` builds a
// collator on every call; a sort of 5 000 rows made some 60 000 of them. Big sorts go further and
// collate each distinct text once (rankTexts), then sort by the integer ranks.

/** Created once: constructing a collator costs more than many comparisons. */
export const nbCollator = new Intl.Collator('nb', { numeric: true });

/** Compares two texts in Norwegian order; a plain function, safe to pass to sort. */
export const compareNb: (a: string, b: string) => number = nbCollator.compare;

/**
 * The Norwegian sort rank of each distinct text: equal texts (and texts the collator finds equal)
 * share a rank, and a smaller rank sorts first. Collates only the distinct values, once.
 */
export function rankTexts(values: Iterable<string>): Map<string, number> {
  const distinct = [...new Set(values)].sort(compareNb);
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < distinct.length; i++) {
    const value = distinct[i]!;
    if (i > 0 && compareNb(distinct[i - 1]!, value) !== 0) rank = i;
    ranks.set(value, rank);
  }
  return ranks;
}

/** Ranks per row, in row order: what a sort of many rows by one text column compares. */
export function rowRanks<R>(rows: readonly R[], text: (row: R) => string): Float64Array {
  const values = rows.map(text);
  const ranks = rankTexts(values);
  return Float64Array.from(values, (v) => ranks.get(v)!);
}

/**
 * Items grouped by a text in Norwegian order: texts the collator finds equal share a group, and
 * each group keeps the items' order. Collates only the distinct texts, once.
 */
export function groupByText<T>(items: readonly T[], text: (item: T) => string): T[][] {
  const ranks = rankTexts(items.map(text));
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const rank = ranks.get(text(item))!;
    const group = groups.get(rank);
    if (group) group.push(item);
    else groups.set(rank, [item]);
  }
  return [...groups.keys()].sort((a, b) => a - b).map((rank) => groups.get(rank)!);
}

/** ISO dates and timestamps order by their characters: no collator needed, nor wanted. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** String keys (ids) in IndexedDB's order: by UTF-16 code units, as `<` compares. */
export const compareKeys = compareIso;
