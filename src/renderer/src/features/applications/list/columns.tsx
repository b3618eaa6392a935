// The list's columns: header text, width, alignment and how a cell is drawn.
import type { ReactNode } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { StatusChip } from '@renderer/components/StatusChip';
import { formatMoney } from '@renderer/i18n/format';
import { listText } from '@renderer/i18n/applications';
import type { ApplicationListRow } from '@renderer/services/queries/application-list';
import type { SortColumn } from './sort';
import { APPLICATION_KIND_LABELS, formatOrgnr } from '@renderer/domain/vocabulary';

export interface ColumnMeta {
  /** Fixed for codes, amounts and chips (never cut); unset for text, which shares what is left. */
  width?: string;
  align?: 'right';
  /** Draws a cell straight from the row: TanStack holds no rows (building 50 000 row objects costs). */
  render: (row: ApplicationListRow) => ReactNode;
}

const col = createColumnHelper<ApplicationListRow>();
const text = listText.columns;

/** Class names the table styles (see ApplicationTable): plain elements render fastest. */
export const CELL_LINE = 'cell-line';
export const CELL_LINE_SECONDARY = 'cell-line-secondary';
/** Text that may wrap onto a second line (the row is two lines high for the organisation anyway). */
export const CELL_TWO_LINES = 'cell-two-lines';

function Ellipsis({ children, secondary = false, twoLines = false }: { children: string; secondary?: boolean; twoLines?: boolean }) {
  const className = [CELL_LINE, secondary ? CELL_LINE_SECONDARY : '', twoLines ? CELL_TWO_LINES : ''].filter(Boolean).join(' ');
  return (
    <div className={className} title={children}>
      {children}
    </div>
  );
}

/**
 * The chips, codes and amounts get the width their longest value needs (a cut «Ikke v…» could be
 * either screening outcome); organisation and title share the rest, at any window width.
 * Column ids equal the sort columns, so the table's sorting state maps straight onto sortRows.
 * Accessor columns, because TanStack offers sorting only on columns with an accessor.
 */
export const columns = [
  col.accessor((r) => r.organisationName, {
    id: 'organisation' satisfies SortColumn,
    header: text.organisation,
    meta: { render: (r) => (
      <>
        <Ellipsis>{r.organisationName}</Ellipsis>
        <Ellipsis secondary>{formatOrgnr(r.orgnr)}</Ellipsis>
      </>
    ) } satisfies ColumnMeta,
  }),
  col.accessor((r) => r.title, {
    id: 'title' satisfies SortColumn,
    header: text.title,
    meta: { render: (r) => <Ellipsis twoLines>{r.title}</Ellipsis> } satisfies ColumnMeta,
  }),
  col.accessor((r) => r.kind, {
    id: 'kind' satisfies SortColumn,
    header: text.kind,
    meta: { width: '112px', render: (r) => APPLICATION_KIND_LABELS[r.kind] } satisfies ColumnMeta,
  }),
  col.accessor((r) => r.subGoals.join(''), {
    id: 'subGoals' satisfies SortColumn,
    header: text.subGoals,
    meta: { width: '100px', render: (r) => r.subGoals.join(', ') } satisfies ColumnMeta,
  }),
  col.accessor((r) => r.amountAppliedOre, {
    id: 'amount' satisfies SortColumn,
    header: text.amount,
    meta: { width: '122px', align: 'right', render: (r) => formatMoney(r.amountAppliedOre) } satisfies ColumnMeta,
  }),
  col.accessor((r) => r.screeningSummary, {
    id: 'screening' satisfies SortColumn,
    header: text.screening,
    meta: { width: '132px', render: (r) => <StatusChip kind="screening" status={r.screeningSummary} /> } satisfies ColumnMeta,
  }),
  col.accessor((r) => r.status, {
    id: 'status' satisfies SortColumn,
    header: text.status,
    meta: { width: '177px', render: (r) => <StatusChip kind="application" status={r.status} /> } satisfies ColumnMeta,
  }),
];
