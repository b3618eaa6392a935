// The call's applications with screening, amount applied, current decision and letter status;
// checkboxes pick the rows a bulk decision or a letter batch applies to. Drawn like the applications
// list (ApplicationTable): TanStack Virtual draws only the rows in view, as plain table elements
// styled once, so a call of 50 000 applications opens and scrolls as one of 50. Screen readers get
// the full size from aria-rowcount/aria-rowindex.
import { memo, useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableContainer from '@mui/material/TableContainer';
import type { Theme } from '@mui/material/styles';
import LockIcon from '@mui/icons-material/LockOutlined';
import { StatusChip } from '@renderer/components/StatusChip';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { formatMoney } from '@renderer/i18n/format';
import { decisionPaths } from '../decision-paths';
import { letterStatusLabel } from '../letters/LetterStatusText';
import { isSelected, type Selection } from './selection';
import type { DecisionRow } from './use-decision-rows';
import { DECISION_OUTCOME_LABELS, formatOrgnr } from '@renderer/domain/vocabulary';

const ROW_HEIGHT = 57;
const HEADER_HEIGHT = 49;
const CHECKBOX_WIDTH = 56;
/** Rows drawn before the container is measured: a tall window's worth. */
const INITIAL_HEIGHT = 900;

const LINE = 'cell-line';
const SECONDARY = 'cell-line-secondary';
const NUMERIC = 'numeric';
const OUTDATED = 'letter-outdated';
const MUTED = 'muted';
const TITLE_LINK = 'title-link';
const TITLE_CELL = 'title-cell';

// The status and amount columns get what their longest words need («Delvis innvilget», «Må lages
// på nytt», «Sendt 03.03.2020», kr 1 000 000); organisation and title share the rest of the page's
// width equally and show their full text on hover.
const COLUMNS = [
  { label: t.colOrganisation },
  { label: t.colTitle },
  { label: t.colScreening, width: 140 },
  { label: t.colApplied, width: 118, numeric: true },
  { label: t.colDecision, width: 140 },
  { label: t.colGranted, width: 118, numeric: true },
  { label: t.colLetter, width: 150 },
] as const;

const TABLE_STYLES = {
  tableLayout: 'fixed',
  width: '100%',
  minWidth: 960,
  borderCollapse: 'separate',
  borderSpacing: 0,
  '& thead th': {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    height: HEADER_HEIGHT,
    boxSizing: 'border-box',
    px: 1.5,
    py: 0.75,
    bgcolor: 'grey.50',
    borderBottom: '1px solid rgb(224, 224, 224)',
    textAlign: 'left',
    verticalAlign: 'middle',
    typography: 'body2',
    fontWeight: 600,
  },
  [`& th.${NUMERIC}, & td.${NUMERIC}`]: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  '& tbody tr[data-index]': {
    height: ROW_HEIGHT,
    '&:hover': { bgcolor: 'action.hover' },
    '&[data-selected]': { bgcolor: 'rgba(25, 118, 210, 0.08)' },
  },
  '& tbody td': {
    typography: 'body2',
    px: 1.5,
    py: 0.5,
    borderBottom: '1px solid rgb(224, 224, 224)',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    verticalAlign: 'middle',
  },
  // Native checkboxes in the primary colour: 25 MUI checkboxes (ripple and all) were a large part of
  // drawing the first rows. The browser's own are fully keyboard- and screen-reader-usable.
  '& input[type="checkbox"]': { width: 18, height: 18, m: 0, accentColor: (theme: Theme) => theme.palette.primary.main, cursor: 'pointer', verticalAlign: 'middle' },
  '& input[type="checkbox"]:disabled': { cursor: 'default' },
  '& input[type="checkbox"]:focus-visible': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 2 },
  // The checkbox cells have no vertical padding, so the header keeps its height with a checkbox in it.
  '& th:first-of-type, & td:first-of-type': { width: CHECKBOX_WIDTH, px: 0.5, py: 0, textAlign: 'center' },
  [`& .${LINE}`]: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  [`& .${SECONDARY}`]: { typography: 'caption', color: 'text.secondary', display: 'flex', alignItems: 'center', gap: 0.25 },
  [`& .${SECONDARY} svg`]: { width: 16, height: 16 },
  [`& .${MUTED}`]: { color: 'text.secondary' },
  [`& a.${TITLE_LINK}`]: {
    color: 'primary.main',
    textDecoration: 'underline',
    textDecorationColor: 'rgba(25, 118, 210, 0.4)',
    '&:hover': { textDecorationColor: 'inherit' },
  },
  [`& .${OUTDATED}`]: { color: 'warning.dark' },
  // The row holding keyboard focus looks like a hovered row. Nothing is laid over the next row (a
  // focused title was drawn in full there, over that row's organisation and title); the link is a
  // block of its own, cut with «…», and its ring is drawn in the 3 px its box leaves round it.
  '& tbody tr[data-index]:has(:focus-visible)': { bgcolor: 'action.hover' },
  [`& .${TITLE_CELL}`]: { p: '3px', m: '-3px' },
  [`& .${TITLE_CELL} a`]: { display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  [`& .${TITLE_CELL} a:focus-visible`]: { outlineOffset: 0 },
} as const;

interface Props {
  rows: readonly DecisionRow[];
  selection: Selection;
  onToggle: (id: string) => void;
  /** Header checkbox: all, some or none of the rows picked. */
  headerState: 'all' | 'some' | 'none';
  onToggleAll: () => void;
  /** Until every row is read, «Velg alle» would pick only the first ones: it waits. */
  canSelectAll: boolean;
}

function Line({ text, secondary = false }: { text: string; secondary?: boolean }) {
  return (
    <div className={secondary ? `${LINE} ${SECONDARY}` : LINE} title={text}>
      {text}
    </div>
  );
}

const DecisionTableRow = memo(function DecisionTableRow({
  row,
  index,
  selected,
  onToggle,
}: {
  row: DecisionRow;
  index: number;
  selected: boolean;
  onToggle: (id: string) => void;
}) {
  const { application, decision, letter } = row;
  const letterText = decision ? letterStatusLabel(letter) : '';
  return (
    <tr data-index={index} aria-rowindex={index + 2} data-selected={selected ? '' : undefined}>
      <td>
        <input type="checkbox" checked={selected} onChange={() => onToggle(application.id)} aria-label={t.selectRow(application.title)} />
      </td>
      <td>
        <Line text={row.organisationName} />
        <Line text={formatOrgnr(row.orgnr)} secondary />
      </td>
      <td>
        <div className={`${LINE} ${TITLE_CELL}`} title={application.title}>
          <RouterLink to={decisionPaths.decision(application.id)} className={TITLE_LINK}>
            {application.title}
          </RouterLink>
        </div>
      </td>
      <td>
        <StatusChip kind="screening" status={row.screening} />
      </td>
      <td className={NUMERIC}>{formatMoney(application.amountAppliedOre)}</td>
      <td>
        {decision ? (
          <>
            <Line text={DECISION_OUTCOME_LABELS[decision.outcome]} />
            {decision.lockedAt ? (
              <div className={SECONDARY} title={t.lockedHelp}>
                <LockIcon aria-hidden />
                {t.locked}
              </div>
            ) : null}
          </>
        ) : (
          <span className={MUTED}>{t.noDecision}</span>
        )}
      </td>
      <td className={NUMERIC}>{decision ? formatMoney(decision.amountGrantedOre) : ''}</td>
      <td>
        <div
          className={`${LINE} ${letter.kind === 'outdated' ? OUTDATED : letter.kind === 'none' ? MUTED : ''}`}
          title={letter.kind === 'outdated' ? `${letterText}: ${t.letterOutdatedHelp}` : letterText}
        >
          {letterText}
        </div>
      </td>
    </tr>
  );
});

export function DecisionTable({ rows, selection, onToggle, headerState, onToggleAll, canSelectAll }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // «Some picked» is a property, not an attribute, of a native checkbox.
  const headerBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (headerBox.current) headerBox.current.indeterminate = headerState === 'some';
  }, [headerState]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollPaddingStart: HEADER_HEIGHT,
    // Rows in the very first render, before the container is measured (and where nothing is, e.g. tests).
    initialRect: { width: 0, height: INITIAL_HEIGHT },
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const span = COLUMNS.length + 1;

  return (
        // As tall as its rows, at most the window's height: the page scrolls to the table, the table
    // scrolls its rows, and the header row stays in view.
    <TableContainer component={Paper} variant="outlined" ref={scrollRef} sx={{ maxHeight: 'calc(100vh - 88px)', overflow: 'auto' }}>
      <Table size="small" aria-label={t.tableLabel} aria-rowcount={rows.length + 1} sx={TABLE_STYLES}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">
              <input
                ref={headerBox}
                type="checkbox"
                checked={headerState === 'all'}
                disabled={!canSelectAll}
                onChange={onToggleAll}
                aria-label={t.selectAll}
              />
            </th>
            {COLUMNS.map((c) => (
              <th key={c.label} scope="col" className={'numeric' in c ? NUMERIC : undefined} style={{ width: 'width' in c ? c.width : undefined }}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr aria-hidden="true" style={{ height: padTop }}>
              <td colSpan={span} style={{ padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!;
            return (
              <DecisionTableRow
                key={row.application.id}
                row={row}
                index={item.index}
                selected={isSelected(selection, row.application.id, rows)}
                onToggle={onToggle}
              />
            );
          })}
          {padBottom > 0 ? (
            <tr aria-hidden="true" style={{ height: padBottom }}>
              <td colSpan={span} style={{ padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </Table>
    </TableContainer>
  );
}
