// The invalid rows: row number (header = row 1), column, the value as in the file, and why.
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { IMPORT_COLUMN_TEXT, importText } from '@renderer/i18n/import';
import type { ImportRowError } from '@renderer/workers/import-api';

/**
 * The first errors (the worker sends at most MAX_SHOWN_ERRORS, long values cut); `total` counts
 * them all, and the saved CSV has them all.
 */
export function ImportErrorsTable({ errors, total }: { errors: readonly ImportRowError[]; total: number }) {
  const shown = errors;
  return (
    <>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 480 }} tabIndex={0} role="region" aria-label={importText.errorsTableLabel}>
        <Table size="small" stickyHeader aria-label={importText.errorsTableLabel}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 64, textAlign: 'right' }}>{importText.colRow}</TableCell>
              <TableCell sx={{ width: '22%' }}>{importText.colErrorColumn}</TableCell>
              <TableCell sx={{ width: '22%' }}>{importText.colValue}</TableCell>
              <TableCell>{importText.colReason}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((e, i) => (
              <TableRow key={`${e.row}-${e.column}-${i}`}>
                <TableCell sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{e.row}</TableCell>
                <TableCell>{e.column ? (IMPORT_COLUMN_TEXT[e.column] ?? e.column) : importText.wholeRow}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word', fontFamily: 'monospace', fontSize: '0.8125rem' }}>
                  {e.value === '' ? <em>{importText.emptyValue}</em> : e.value}
                </TableCell>
                <TableCell>{e.reason}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {total > shown.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {importText.errorsTruncated(shown.length, total)}
        </Typography>
      ) : null}
    </>
  );
}
