// Sorting the list by any column: text in Norwegian order (æ, ø, å last), numbers numerically.
// A collator compare is slow, so each text column sorts only its distinct values with the collator
// and the rows then by integer rank: 50 000 rows sort in tens of milliseconds, not hundreds.
import type { ApplicationListRow } from '@renderer/services/queries/application-list';
import { APPLICATION_TRANSITIONS } from '@renderer/domain/workflow';
import { screeningStatusText } from '@renderer/i18n/form';
import { APPLICATION_KIND_LABELS } from '@renderer/domain/vocabulary';

export type SortColumn = 'organisation' | 'title' | 'kind' | 'subGoals' | 'amount' | 'screening' | 'status';

export interface ListSort {
  column: SortColumn;
  desc: boolean;
}

/** Created once: constructing a collator costs more than many comparisons. */
export const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

const STATUS_ORDER = Object.keys(APPLICATION_TRANSITIONS);

type Key = (row: ApplicationListRow) => string | number;

const KEYS: Record<SortColumn, { key: Key; text: boolean }> = {
  organisation: { key: (r) => r.organisationName, text: true },
  title: { key: (r) => r.title, text: true },
  kind: { key: (r) => APPLICATION_KIND_LABELS[r.kind], text: true },
  subGoals: { key: (r) => r.subGoals.join(''), text: true },
  amount: { key: (r) => r.amountAppliedOre, text: false },
  screening: { key: (r) => screeningStatusText[r.screeningSummary], text: true },
  // Status in workflow order, not alphabetical: that is how an officer thinks of it.
  status: { key: (r) => STATUS_ORDER.indexOf(r.status), text: false },
};

/** Sort rank of every distinct text value, by the Norwegian collator. */
function ranks(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  return new Map(distinct.map((v, i) => [v, i]));
}

/** A new array sorted by `sort`; ties keep their given order (newest received first). */
export function sortRows<R extends ApplicationListRow>(rows: readonly R[], sort: ListSort | undefined): readonly R[] {
  if (!sort) return rows;
  const { key, text } = KEYS[sort.column];
  const raw = rows.map(key);
  let numeric: Float64Array;
  if (text) {
    const rank = ranks(raw as string[]);
    numeric = Float64Array.from(raw, (v) => rank.get(v as string) ?? 0);
  } else {
    numeric = Float64Array.from(raw as number[]);
  }
  const order = Array.from(rows.keys());
  const sign = sort.desc ? -1 : 1;
  order.sort((a, b) => (numeric[a]! - numeric[b]!) * sign || a - b);
  return order.map((i) => rows[i]!);
}

