// The call's budget: frame, applied for, granted, paid back and left, in total and per sub-goal.
// Amounts right-aligned in tabular figures so columns of kroner line up.
import { useLiveQuery } from 'dexie-react-hooks';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { SUB_GOALS, type BudgetRow } from '@renderer/domain/call-budget';
import { getCallBudget } from '@renderer/services/call-budget';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { appText } from '@renderer/i18n/app';
import { callsText } from '@renderer/i18n/calls';
import { formatMoney } from '@renderer/i18n/format';
import { SUB_GOAL_NAMES, subGoalShort } from '@renderer/domain/vocabulary';

const amountCell = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function money(ore: number | undefined): string {
  return ore === undefined ? callsText.noFrame : formatMoney(ore);
}

function Row({ label, detail, row, total = false }: { label: string; detail?: string; row: BudgetRow; total?: boolean }) {
  const over = row.leftOre !== undefined && row.leftOre < 0;
  return (
    <TableRow sx={total ? { '& td, & th': { borderTop: 2, borderTopColor: 'divider', fontWeight: 600 } } : undefined}>
      <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
        {label}
        {detail ? (
          <Typography variant="body2" color="text.secondary" component="span" sx={{ display: 'block', fontWeight: 400 }}>
            {detail}
          </Typography>
        ) : null}
      </TableCell>
      <TableCell sx={amountCell}>{row.applicationCount}</TableCell>
      <TableCell sx={amountCell}>{money(row.frameOre)}</TableCell>
      <TableCell sx={amountCell}>{formatMoney(row.appliedOre)}</TableCell>
      <TableCell sx={amountCell}>{formatMoney(row.grantedOre)}</TableCell>
      <TableCell sx={amountCell}>{formatMoney(row.repaidOre ?? 0)}</TableCell>
      <TableCell sx={{ ...amountCell, color: over ? 'error.main' : undefined }}>
        {money(row.leftOre)}
        {over ? (
          <Typography variant="body2" component="span" sx={{ display: 'block', whiteSpace: 'normal' }}>
            {callsText.overFrame}
          </Typography>
        ) : null}
      </TableCell>
    </TableRow>
  );
}

export function CallBudgetTable({ callId }: { callId: string }) {
  // Re-reads whenever the call, its applications or their decisions change.
  const budget = useLiveQuery(() => getCallBudget(getDb(), callId).catch(() => null), [callId]);
  if (budget === undefined) return <CenteredProgress label={appText.loading} />;
  if (budget === null) return null;
  return (
    <TableContainer>
      <Table size="small" aria-label={callsText.budgetTableLabel}>
        <TableHead>
          <TableRow>
            <TableCell>{callsText.colRow}</TableCell>
            <TableCell sx={amountCell}>{callsText.colApplications}</TableCell>
            <TableCell sx={amountCell}>{callsText.colFrame}</TableCell>
            <TableCell sx={amountCell}>{callsText.colApplied}</TableCell>
            <TableCell sx={amountCell}>{callsText.colGranted}</TableCell>
            <TableCell sx={amountCell}>{callsText.colRepaid}</TableCell>
            <TableCell sx={amountCell}>{callsText.colLeft}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {SUB_GOALS.map((goal) => (
            <Row key={goal} label={subGoalShort(goal)} detail={SUB_GOAL_NAMES[goal]} row={budget.bySubGoal[goal]} />
          ))}
          <Row label={callsText.totalRow} row={budget.total} total />
        </TableBody>
      </Table>
    </TableContainer>
  );
}
