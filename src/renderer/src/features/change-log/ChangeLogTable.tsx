// The entries as a table, a page at a time (the page reads only that page): the log can hold
// hundreds of thousands of rows.
import { memo, useState } from 'react';
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

const COLUMNS = ['id', 'at', 'actor', 'entity', 'what', 'action', 'fields', 'details'] as const;
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
        <Table size="small" aria-label={changeLogText.tableLabel}>
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c} component="th" scope="col" align={c === 'id' ? 'right' : 'left'}>
                  {changeLogText.columns[c]}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} hover>
                <TableCell align="right">{r.id}</TableCell>
                <TableCell sx={{ minWidth: 90 }}>{formatTimestamp(r.at)}</TableCell>
                <TableCell>{r.actor}</TableCell>
                <TableCell>{entityLabel(r.entity)}</TableCell>
                <TableCell sx={{ minWidth: 150, maxWidth: 320, overflowWrap: 'break-word' }}>{r.subject}</TableCell>
                <TableCell>{changeLogText.actions[r.action]}</TableCell>
                <TableCell sx={{ minWidth: 220, maxWidth: 380, overflowWrap: 'break-word' }}>
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
