// The rows that can be imported, so the officer recognises the applications before saving them.
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatMoney } from '@renderer/i18n/format';
import { importText } from '@renderer/i18n/import';
import type { ValidImportRow } from '@renderer/workers/import-api';

const MAX_SHOWN = 200;
const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function ValidRowsTable({ rows }: { rows: readonly ValidImportRow[] }) {
  const shown = rows.slice(0, MAX_SHOWN);
  return (
    <>
      <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 360 }} tabIndex={0} role="region" aria-label={importText.validTableLabel}>
        <Table size="small" stickyHeader aria-label={importText.validTableLabel}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 64, textAlign: 'right' }}>{importText.colRow}</TableCell>
              <TableCell>{importText.colOrganisation}</TableCell>
              <TableCell>{importText.colTitle}</TableCell>
              <TableCell sx={numeric}>{importText.colAmount}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {shown.map((r) => (
              <TableRow key={r.row}>
                <TableCell sx={numeric}>{r.row}</TableCell>
                <TableCell>{r.organisation.name}</TableCell>
                <TableCell>{r.application.title}</TableCell>
                <TableCell sx={numeric}>{formatMoney(r.application.amountAppliedOre)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {rows.length > shown.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {importText.validTruncated(shown.length, rows.length)}
        </Typography>
      ) : null}
    </>
  );
}
