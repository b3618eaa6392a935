// The call's budget: frame, applied for, granted, paid back and left, per sub-goal and in total.
// The sub-goals are the columns and the figures the rows (as in the meeting minutes): six columns of
// kroner beside a name column left the names some 160 px, wrapped onto 3–5 lines at 1280 px, and did
// not fit at 1024 px at all. Five columns fit at 1024 px with 8-digit amounts; the sub-goals' names
// stand on one line each under the table. Amounts right-aligned in tabular figures, never wrapped.
import { useLiveQuery } from 'dexie-react-hooks';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { SUB_GOALS, type BudgetRow, type CallBudget } from '@renderer/domain/call-budget';
import type { SubGoal } from '@renderer/domain/call';
import { getCallBudget } from '@renderer/services/call-budget';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { appText } from '@renderer/i18n/app';
import { callsText } from '@renderer/i18n/calls';
import { formatMoney } from '@renderer/i18n/format';
import { SUB_GOAL_NAMES, subGoalShort } from '@renderer/domain/vocabulary';

// 8 px a side, not 16: with 8-digit amounts in bold the five columns then fit at 1024 px.
const amountCell = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', px: 1 } as const;
const totalCell = { ...amountCell, fontWeight: 600 } as const;

function money(ore: number | undefined): string {
  return ore === undefined ? callsText.noFrame : formatMoney(ore);
}

/** The rows: what is counted, and how one column's figure reads. */
const FIGURES: readonly { label: string; value: (row: BudgetRow) => string }[] = [
  { label: callsText.colApplications, value: (row) => String(row.applicationCount) },
  { label: callsText.colFrame, value: (row) => money(row.frameOre) },
  { label: callsText.colApplied, value: (row) => formatMoney(row.appliedOre) },
  { label: callsText.colGranted, value: (row) => formatMoney(row.grantedOre) },
  { label: callsText.colRepaid, value: (row) => formatMoney(row.repaidOre ?? 0) },
];

/** The columns, sub-goals first and the total last. */
function columns(budget: CallBudget): { key: SubGoal | 'total'; label: string; row: BudgetRow }[] {
  return [
    ...SUB_GOALS.map((goal) => ({ key: goal, label: subGoalShort(goal), row: budget.bySubGoal[goal] })),
    { key: 'total' as const, label: callsText.totalRow, row: budget.total },
  ];
}

const nameId = (goal: SubGoal) => `budget-sub-goal-${goal}`;

function LeftCell({ row, total }: { row: BudgetRow; total: boolean }) {
  const over = row.leftOre !== undefined && row.leftOre < 0;
  return (
    <TableCell sx={{ ...(total ? totalCell : amountCell), color: over ? 'error.main' : undefined }}>
      {money(row.leftOre)}
      {over ? (
        <Typography variant="body2" component="span" sx={{ display: 'block', whiteSpace: 'normal', fontWeight: 400 }}>
          {callsText.overFrame}
        </Typography>
      ) : null}
    </TableCell>
  );
}

export function CallBudgetTable({ callId }: { callId: string }) {
  // Re-reads whenever the call, its applications or their decisions change.
  const budget = useLiveQuery(() => getCallBudget(getDb(), callId).catch(() => null), [callId]);
  if (budget === undefined) return <CenteredProgress label={appText.loading} />;
  if (budget === null) return null;
  const parts = columns(budget);
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={callsText.budgetTableLabel} sx={{ maxWidth: 800 }}>
          <TableHead>
            <TableRow>
              {/* The corner over the figures' names: no header of its own. */}
              <TableCell component="td" />
              {parts.map((part) => (
                <TableCell
                  key={part.key}
                  component="th"
                  scope="col"
                  // Equal columns, so a note in one («… mer enn rammen») does not widen it alone.
                  sx={{ ...amountCell, fontWeight: 600, width: '19%' }}
                  aria-describedby={part.key === 'total' ? undefined : nameId(part.key)}
                >
                  {part.label}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {FIGURES.map((figure) => (
              <TableRow key={figure.label}>
                <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', pr: 1 }}>
                  {figure.label}
                </TableCell>
                {parts.map((part) => (
                  <TableCell key={part.key} sx={part.key === 'total' ? totalCell : amountCell}>
                    {figure.value(part.row)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow sx={{ '& td, & th': { borderTop: 2, borderTopColor: 'divider', fontWeight: 600 } }}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap', pr: 1 }}>
                {callsText.colLeft}
              </TableCell>
              {parts.map((part) => (
                <LeftCell key={part.key} row={part.row} total={part.key === 'total'} />
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
      <Box component="ul" sx={{ listStyle: 'none', m: 0, mt: 1.5, p: 0 }}>
        {SUB_GOALS.map((goal) => (
          <Typography key={goal} component="li" variant="body2" color="text.secondary">
            <Box component="span" sx={{ fontWeight: 600 }}>
              {subGoalShort(goal)}:
            </Box>{' '}
            <span id={nameId(goal)}>{SUB_GOAL_NAMES[goal]}</span>
          </Typography>
        ))}
      </Box>
    </>
  );
}
