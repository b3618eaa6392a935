// The one continuously scrolling list: TanStack Table for columns and sort state, TanStack Virtual
// to draw only the rows in view, MUI table parts for the look. Screen readers still get the full
// size from aria-rowcount/aria-rowindex; rows take focus and ↑/↓/Home/End/Enter work.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableContainer from '@mui/material/TableContainer';
import Paper from '@mui/material/Paper';
import type { ApplicationListRow } from '@renderer/services/queries/application-list';
import { listText } from '@renderer/i18n/applications';
import { CELL_LINE, CELL_LINE_SECONDARY, CELL_TWO_LINES, columns, type ColumnMeta } from './columns';
import type { ListSort, SortColumn } from './sort';

const ROW_HEIGHT = 57;
const NO_ROWS: ApplicationListRow[] = [];
const HEADER_HEIGHT = 49;

const NUMERIC_CELL = 'numeric';
const SORTED = 'sorted';
const DESCENDING = 'descending';
// Material Design's arrow, as MUI's TableSortLabel draws it.
const SORT_ARROW_PATH = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z';

// The rows, the header included, are plain <tr>/<th>/<td> styled once here like MUI's TableRow,
// TableCell and TableSortLabel: some 150 cells of MUI components (or an sx on each) made drawing
// the first rows several times slower, and the seven sort labels alone cost the first frame.
const BODY_STYLES = {
  tableLayout: 'fixed',
  minWidth: 900,
  borderCollapse: 'separate',
  borderSpacing: 0,
  '& thead th': {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: HEADER_HEIGHT,
    boxSizing: 'border-box',
    // 12 px a side, not MUI's 16: the room goes to the organisation and the title.
    px: 1.5,
    py: 0.75,
    bgcolor: 'grey.50',
    borderBottom: '1px solid rgb(224, 224, 224)',
    textAlign: 'left',
    verticalAlign: 'middle',
    typography: 'body2',
    fontWeight: 600,
  },
  [`& thead th.${NUMERIC_CELL}`]: { textAlign: 'right' },
  '& thead button': {
    display: 'inline-flex',
    alignItems: 'center',
    p: 0,
    m: 0,
    border: 0,
    bgcolor: 'transparent',
    font: 'inherit',
    color: 'inherit',
    textAlign: 'inherit',
    cursor: 'pointer',
    '&:hover': { color: 'text.secondary' },
    '& svg': { width: 18, height: 18, ml: 0.5, mr: -0.5, fill: 'currentColor', opacity: 0, transition: 'opacity 150ms, transform 150ms' },
    '&:hover svg, &:focus-visible svg': { opacity: 0.5 },
    [`&.${SORTED}`]: { color: 'text.primary' },
    [`&.${SORTED} svg`]: { opacity: 1, transform: 'rotate(180deg)' },
    [`&.${SORTED} svg.${DESCENDING}`]: { transform: 'none' },
  },
  '& tbody tr[data-index]': {
    height: ROW_HEIGHT,
    cursor: 'pointer',
    '&:hover': { bgcolor: 'action.hover' },
  },
  '& tbody td': {
    typography: 'body2',
    px: 1.5,
    py: 0.75,
    borderBottom: '1px solid rgb(224, 224, 224)',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
  },
  [`& tbody td.${NUMERIC_CELL}`]: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  [`& .${CELL_LINE}`]: { typography: 'body2', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  [`& .${CELL_LINE_SECONDARY}`]: { typography: 'caption', color: 'text.secondary' },
  // Two lines, then «…»: a title cut after a dozen letters says too little to pick the right row.
  [`& .${CELL_TWO_LINES}`]: { whiteSpace: 'normal', overflowWrap: 'break-word', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' },
  // The row reached by keyboard looks like a hovered row inside the theme's focus ring. Its cut texts
  // stay cut: laid over the cells beside it, they hid the neighbouring values (the title covered
  // Type and Delmål). Screen readers read the cells' full texts; the eye gets them one Enter away.
  '& tbody tr[data-index]:focus-visible': { bgcolor: 'action.hover' },
} as const;

interface ApplicationTableProps {
  /** The rows that pass search and filters, in sorted order. */
  visibleRows: readonly ApplicationListRow[];
  sort: ListSort | undefined;
  onSortChange: (sort: ListSort | undefined) => void;
  onOpen: (id: string) => void;
  height: number;
}

function toSorting(sort: ListSort | undefined): SortingState {
  return sort ? [{ id: sort.column, desc: sort.desc }] : [];
}

export function ApplicationTable({
  visibleRows,
  sort,
  onSortChange,
  onOpen,
  height,
}: ApplicationTableProps) {
  const sorting = useMemo(() => toSorting(sort), [sort]);
  // The table gets no data: it only keeps the columns and the sort state; rows come from props.
  const table = useReactTable({
    data: NO_ROWS,
    columns,
    state: { sorting },
    manualSorting: true,
    sortDescFirst: false,
    enableMultiSort: false,
    getCoreRowModel: getCoreRowModel(),
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      onSortChange(first ? { column: first.id as SortColumn, desc: first.desc } : undefined);
    },
  });

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visibleRows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT,
    // Rows in the very first render, before the container is measured (and where nothing is, e.g. tests).
    initialRect: { width: 0, height },
  });

  // Roving focus: one row is in the tab order; arrows move it.
  const [active, setActive] = useState(0);
  const focusWanted = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, visibleRows.length - 1));

  useEffect(() => {
    if (!focusWanted.current) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${activeIndex}"]`);
    if (row) {
      focusWanted.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(visibleRows.length - 1, index));
    setActive(next);
    focusWanted.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: string) => {
    const page = Math.max(1, Math.floor((height - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: visibleRows.length - 1,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(id);
    } else if (event.key in moves) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    }
  };

  const leafColumns = table.getVisibleLeafColumns();
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <TableContainer component={Paper} variant="outlined" ref={scrollRef} sx={{ height, overflow: 'auto' }}>
      <Table
        aria-label={listText.tableLabel}
        aria-rowcount={visibleRows.length + 1}
        sx={BODY_STYLES}
      >
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={1}>
              {group.headers.map((header) => {
                const meta = header.column.columnDef.meta as ColumnMeta;
                const direction = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={direction === false ? undefined : direction === 'asc' ? 'ascending' : 'descending'}
                    className={meta.align === 'right' ? NUMERIC_CELL : undefined}
                    style={{ width: meta.width }}
                  >
                    <button type="button" className={direction === false ? undefined : SORTED} onClick={header.column.getToggleSortingHandler()}>
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <svg viewBox="0 0 24 24" aria-hidden="true" className={direction === 'desc' ? DESCENDING : undefined}>
                        <path d={SORT_ARROW_PATH} />
                      </svg>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <TableBody>
          {padTop > 0 ? (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={columns.length} style={{ padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const original = visibleRows[item.index]!;
            return (
              <tr
                key={original.id}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                tabIndex={item.index === activeIndex ? 0 : -1}
                onClick={() => onOpen(original.id)}
                onFocus={() => setActive(item.index)}
                onKeyDown={(event) => onKeyDown(event, item.index, original.id)}
              >
                {leafColumns.map((column) => {
                  const meta = column.columnDef.meta as ColumnMeta;
                  return (
                    <td key={column.id} className={meta.align === 'right' ? NUMERIC_CELL : undefined}>
                      {meta.render(original)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={columns.length} style={{ padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
