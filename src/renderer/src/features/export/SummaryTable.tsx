// The Sammendrag sheet on screen: one row per sub-goal and Totalt, amounts in kroner.
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Paper from '@mui/material/Paper';
import type { ImdiSummaryRow } from '@renderer/services/export';
import { exportText } from '@renderer/i18n/export';
import { formatMoney, formatNumber } from '@renderer/i18n/format';

const COUNT_COLUMNS = ['soknader', 'innvilget', 'avslatt'] as const;
const MONEY_COLUMNS = ['sokt_sum', 'innvilget_sum', 'utbetalt_sum', 'tilbakebetalt_sum'] as const;

interface SummaryTableProps {
  year: number;
  rows: readonly ImdiSummaryRow[];
}

export function SummaryTable({ year, rows }: SummaryTableProps) {
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={exportText.summaryTableLabel(year)}>
        <TableHead>
          <TableRow>
            <TableCell component="th" scope="col">
              {exportText.columns.delmal}
            </TableCell>
            {[...COUNT_COLUMNS, ...MONEY_COLUMNS].map((c) => (
              <TableCell key={c} component="th" scope="col" align="right">
                {exportText.columns[c]}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const isTotal = row.delmal === 'Totalt';
            const weight = isTotal ? 700 : undefined;
            return (
              <TableRow key={row.delmal} data-testid={`summary-${row.delmal}`}>
                <TableCell component="th" scope="row" sx={{ fontWeight: weight }}>
                  {isTotal ? exportText.total : exportText.subGoal(row.delmal)}
                </TableCell>
                {COUNT_COLUMNS.map((c) => (
                  <TableCell key={c} align="right" sx={{ fontWeight: weight }}>
                    {formatNumber(row[c])}
                  </TableCell>
                ))}
                {MONEY_COLUMNS.map((c) => (
                  <TableCell key={c} align="right" sx={{ fontWeight: weight, whiteSpace: 'nowrap' }} data-column={c}>
                    {formatMoney(row[c] * 100)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
