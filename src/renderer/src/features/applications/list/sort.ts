// Sorting the list by any column: text in Norwegian order (æ, ø, å last), numbers numerically.
// A collator compare is slow, so each text column collates its distinct values once per row set
// (domain/collate.ts) and keeps the ranks: later clicks on the column, either direction, only sort
// integers. 50 000 rows then sort in tens of milliseconds, not hundreds.
import type { ApplicationListRow } from '@renderer/services/queries/application-list';
import { APPLICATION_TRANSITIONS } from '@renderer/domain/workflow';
import { rowRanks } from '@renderer/domain/collate';
import { screeningStatusText } from '@renderer/i18n/form';
import { APPLICATION_KIND_LABELS } from '@renderer/domain/vocabulary';

export type SortColumn = 'organisation' | 'title' | 'kind' | 'subGoals' | 'amount' | 'screening' | 'status';

export interface ListSort {
  column: SortColumn;
  desc: boolean;
}

const STATUS_ORDER = Object.keys(APPLICATION_TRANSITIONS);

const TEXT_KEYS: Partial<Record<SortColumn, (row: ApplicationListRow) => string>> = {
  organisation: (r) => r.organisationName,
  title: (r) => r.title,
  kind: (r) => APPLICATION_KIND_LABELS[r.kind],
  subGoals: (r) => r.subGoals.join(''),
  screening: (r) => screeningStatusText[r.screeningSummary],
};

const NUMBER_KEYS: Partial<Record<SortColumn, (row: ApplicationListRow) => number>> = {
  amount: (r) => r.amountAppliedOre,
  // Status in workflow order, not alphabetical: that is how an officer thinks of it.
  status: (r) => STATUS_ORDER.indexOf(r.status),
};

/** Each row set's sort keys per column, computed on first use; a new row set starts afresh. */
const keysByRowSet = new WeakMap<readonly ApplicationListRow[], Map<SortColumn, Float64Array>>();

/** The rows' sort keys for a column (text columns as Norwegian ranks), computed once per row set. */
export function sortKeys(rows: readonly ApplicationListRow[], column: SortColumn): Float64Array {
  let cached = keysByRowSet.get(rows);
  if (!cached) {
    cached = new Map();
    keysByRowSet.set(rows, cached);
  }
  let keys = cached.get(column);
  if (!keys) {
    const text = TEXT_KEYS[column];
    keys = text ? rowRanks(rows, text) : Float64Array.from(rows, NUMBER_KEYS[column]!);
    cached.set(column, keys);
  }
  return keys;
}

/** The text columns worth ranking before anyone clicks: the ones with thousands of distinct values. */
export const RANK_AHEAD: readonly SortColumn[] = ['title', 'organisation'];

/** Each row set's sorted orders, so going back to a column and direction sorted before is free. */
const sortedByRowSet = new WeakMap<readonly ApplicationListRow[], Map<string, readonly ApplicationListRow[]>>();

/** The rows sorted by `sort` (a new array, kept per row set); ties keep their given order (newest received first). */
export function sortRows<R extends ApplicationListRow>(rows: readonly R[], sort: ListSort | undefined): readonly R[] {
  if (!sort) return rows;
  let cached = sortedByRowSet.get(rows);
  if (!cached) {
    cached = new Map();
    sortedByRowSet.set(rows, cached);
  }
  const name = `${sort.column}:${sort.desc ? 'desc' : 'asc'}`;
  const known = cached.get(name);
  if (known) return known as readonly R[];
  const keys = sortKeys(rows, sort.column);
  const order = Array.from(rows.keys());
  const sign = sort.desc ? -1 : 1;
  order.sort((a, b) => (keys[a]! - keys[b]!) * sign || a - b);
  const sorted = order.map((i) => rows[i]!);
  cached.set(name, sorted);
  return sorted;
}
