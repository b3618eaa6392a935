// The entries as a table, a page at a time (the page reads only that page): the log can hold
// hundreds of thousands of rows.
import { memo, useState } from 'react';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import InfoIcon from '@mui/icons-material/InfoOutlined';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import { changeLogText, entityLabel } from '@renderer/i18n/change-log';
import { formatTimestamp } from '@renderer/i18n/format';
import type { ChangeLogRow } from './change-log-rows';
import { fieldChanges, restoreSummary } from './describe-change';
import { ChangeLogEntryDialog } from './ChangeLogEntryDialog';

// Six columns, so that the table fits beside the menu at 1024 px: the type stands over what the entry
// is about, and the action over its changes. Narrower (zoom), the table scrolls inside its frame.
const COLUMNS = ['id', 'at', 'actor', 'what', 'change', 'details'] as const;
/** Tighter than MUI's 16 px a side: six columns in the 680 px a 1024 px window leaves. */
const CELL_STYLES = { '& th, & td': { px: 1.5 }, '& th': { whiteSpace: 'nowrap' } } as const;
/** The time on its own line under the date («kl. 11:11»), not split between «kl.» and the hour. */
const COLUMN_STYLES: Partial<Record<(typeof COLUMNS)[number], object>> = { at: { width: '8.5em' } };
/** Changes shown in the row; the rest are in the detail view. */
const SHOWN_CHANGES = 4;

/** Old → new in plain words, worked out only for the rows on the page. */
function Changes({ row }: { row: ChangeLogRow }) {
  if (row.action === 'gjenopprettet') return <>{restoreSummary(row.entry)}</>;
  if (row.fields.length === 0) return null;
  const changes = fieldChanges(row.entry);
  const rest = changes.length - SHOWN_CHANGES;
  return (
    <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
      {changes.slice(0, SHOWN_CHANGES).map((c) => (
        <li key={c.field}>
          <strong>{c.label}:</strong> {c.before ? `${c.before} → ${c.after}` : c.after}
        </li>
      ))}
      {rest > 0 ? <li>{changeLogText.moreChanges(rest)}</li> : null}
    </ul>
  );
}

const PAGE_SIZES = [25, 50, 100];

interface ChangeLogTableProps {
  /** The rows of the page shown, newest first. */
  rows: readonly ChangeLogRow[];
  /** Entries the filter selects, on all pages. */
  count: number;
  page: number;
  pageSize: number;
  onPageChange: (page: number) => void;
  onPageSizeChange: (pageSize: number) => void;
}

// Memoised: the page re-renders while the search index is read (its progress), the table need not.
export const ChangeLogTable = memo(function ChangeLogTable({ rows, count, page, pageSize, onPageChange, onPageSizeChange }: ChangeLogTableProps) {
  const [open, setOpen] = useState<ChangeLogEntry | null>(null);

  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table size="small" aria-label={changeLogText.tableLabel} sx={CELL_STYLES}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c} component="th" scope="col" align={c === 'id' ? 'right' : 'left'} sx={COLUMN_STYLES[c]}>
                  {changeLogText.columns[c]}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} hover>
                <TableCell align="right">{r.id}</TableCell>
                <TableCell>{formatTimestamp(r.at)}</TableCell>
                <TableCell>{r.actor}</TableCell>
                <TableCell sx={{ maxWidth: 320, overflowWrap: 'break-word' }}>
                  <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                    {entityLabel(r.entity)}
                  </Box>
                  {r.subject}
                </TableCell>
                <TableCell sx={{ maxWidth: 380, overflowWrap: 'break-word' }}>
                  <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
                    {changeLogText.actions[r.action]}
                  </Box>
                  <Changes row={r} />
                </TableCell>
                <TableCell>
                  <Tooltip title={changeLogText.detailsFor(r.id)}>
                    <IconButton size="small" onClick={() => setOpen(r.entry)} aria-label={changeLogText.detailsFor(r.id)}>
                      <InfoIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={count}
        page={page}
        rowsPerPage={pageSize}
        rowsPerPageOptions={PAGE_SIZES}
        onPageChange={(_e, p) => onPageChange(p)}
        onRowsPerPageChange={(e) => onPageSizeChange(Number(e.target.value))}
        labelRowsPerPage={changeLogText.rowsPerPage}
        labelDisplayedRows={changeLogText.pageRange}
        getItemAriaLabel={changeLogText.pageButton}
      />
      <ChangeLogEntryDialog entry={open} onClose={() => setOpen(null)} />
    </Paper>
  );
});
