// The call's applications with screening, amount applied, current decision and letter status;
// checkboxes pick the rows a bulk decision or a letter batch applies to.
import { Link as RouterLink } from 'react-router';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import LockIcon from '@mui/icons-material/LockOutlined';
import { StatusChip } from '@renderer/components/StatusChip';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { formatMoney } from '@renderer/i18n/format';
import { decisionPaths } from '../decision-paths';
import { LetterStatusText } from '../letters/LetterStatusText';
import type { DecisionRow } from './use-decision-rows';
import { DECISION_OUTCOME_LABELS, formatOrgnr } from '@renderer/domain/vocabulary';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

interface Props {
  rows: readonly DecisionRow[];
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
}

function DecisionCell({ row }: { row: DecisionRow }) {
  if (!row.decision) return <Typography variant="body2" color="text.secondary">{t.noDecision}</Typography>;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, whiteSpace: 'nowrap' }}>
      {DECISION_OUTCOME_LABELS[row.decision.outcome]}
      {row.decision.lockedAt ? (
        <Box component="span" title={t.lockedHelp} sx={{ display: 'inline-flex', alignItems: 'center', color: 'text.secondary' }}>
          <LockIcon fontSize="small" aria-hidden />
          <Box component="span" sx={{ fontSize: '0.8125rem', lineHeight: 1, ml: 0.25 }}>{t.locked}</Box>
        </Box>
      ) : null}
    </Box>
  );
}

export function DecisionTable({ rows, selected, onSelectedChange }: Props) {
  const all = rows.length > 0 && rows.every((r) => selected.has(r.application.id));
  const some = rows.some((r) => selected.has(r.application.id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedChange(next);
  };
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label={t.tableLabel}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={all}
                indeterminate={some && !all}
                onChange={() => onSelectedChange(all ? new Set() : new Set(rows.map((r) => r.application.id)))}
                slotProps={{ input: { 'aria-label': t.selectAll } }}
              />
            </TableCell>
            <TableCell>{t.colOrganisation}</TableCell>
            <TableCell>{t.colTitle}</TableCell>
            <TableCell>{t.colScreening}</TableCell>
            <TableCell sx={numeric}>{t.colApplied}</TableCell>
            <TableCell>{t.colDecision}</TableCell>
            <TableCell sx={numeric}>{t.colGranted}</TableCell>
            <TableCell>{t.colLetter}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const id = row.application.id;
            return (
              <TableRow key={id} hover selected={selected.has(id)}>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={selected.has(id)}
                    onChange={() => toggle(id)}
                    slotProps={{ input: { 'aria-label': t.selectRow(row.application.title) } }}
                  />
                </TableCell>
                <TableCell>
                  {row.organisationName}
                  <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatOrgnr(row.orgnr)}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Link component={RouterLink} to={decisionPaths.decision(id)}>
                    {row.application.title}
                  </Link>
                </TableCell>
                <TableCell>
                  <StatusChip kind="screening" status={row.screening} />
                </TableCell>
                <TableCell sx={numeric}>{formatMoney(row.application.amountAppliedOre)}</TableCell>
                <TableCell>
                  <DecisionCell row={row} />
                </TableCell>
                <TableCell sx={numeric}>{row.decision ? formatMoney(row.decision.amountGrantedOre) : ''}</TableCell>
                <TableCell>
                  {row.decision ? <LetterStatusText status={row.letter} /> : null}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
