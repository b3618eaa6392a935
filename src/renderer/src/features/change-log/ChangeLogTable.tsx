// The entries as a table, a page at a time: the log can hold hundreds of thousands of rows.
import { useState } from 'react';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import { changeLogText, entityLabel } from '@renderer/i18n/change-log';
import { formatTimestamp } from '@renderer/i18n/format';
import type { ChangeLogRow } from './change-log-rows';

const COLUMNS = ['id', 'at', 'actor', 'entity', 'what', 'action', 'fields'] as const;
const PAGE_SIZES = [25, 50, 100];

export function ChangeLogTable({ rows }: { rows: readonly ChangeLogRow[] }) {
  const [page, setPage] = useState(0);
  const [pageSize, setPageSize] = useState(50);
  // A narrower filter can leave the current page past the end.
  const lastPage = Math.max(0, Math.ceil(rows.length / pageSize) - 1);
  const current = Math.min(page, lastPage);
  const visible = rows.slice(current * pageSize, (current + 1) * pageSize);

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
            {visible.map((r) => (
              <TableRow key={r.id} hover>
                <TableCell align="right">{r.id}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTimestamp(r.at)}</TableCell>
                <TableCell>{r.actor}</TableCell>
                <TableCell>{entityLabel(r.entity)}</TableCell>
                <TableCell sx={{ maxWidth: 260, overflowWrap: 'anywhere' }}>{r.subject || r.entityId}</TableCell>
                <TableCell>{changeLogText.actions[r.action]}</TableCell>
                <TableCell sx={{ maxWidth: 240, overflowWrap: 'anywhere' }}>{r.fields.join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <TablePagination
        component="div"
        count={rows.length}
        page={current}
        rowsPerPage={pageSize}
        rowsPerPageOptions={PAGE_SIZES}
        onPageChange={(_e, p) => setPage(p)}
        onRowsPerPageChange={(e) => {
          setPageSize(Number(e.target.value));
          setPage(0);
        }}
        labelRowsPerPage={changeLogText.rowsPerPage}
        labelDisplayedRows={changeLogText.pageRange}
      />
    </Paper>
  );
}
