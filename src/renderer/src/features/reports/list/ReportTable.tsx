// The grants and their reports; overdue rows carry a checkbox to pick them for reminders.
import { Link as RouterLink } from 'react-router';
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
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { reportsText as t } from '@renderer/i18n/reports';
import type { ReportRow } from '@renderer/services/queries/report-list';
import { reportPaths } from '../report-paths';
import { ReportStatusLabel } from '../Tone';
import { formatOrgnr } from '@renderer/domain/vocabulary';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

interface Props {
  rows: readonly ReportRow[];
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
}

export function ReportTable({ rows, selected, onSelectedChange }: Props) {
  const overdue = rows.filter((r) => r.status === 'forfalt').map((r) => r.decision.id);
  const all = overdue.length > 0 && overdue.every((id) => selected.has(id));
  const some = overdue.some((id) => selected.has(id));
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectedChange(next);
  };
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ mb: 4 }}>
      <Table size="small" aria-label={t.tableLabel}>
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox">
              <Checkbox
                checked={all}
                indeterminate={some && !all}
                disabled={overdue.length === 0}
                onChange={() => onSelectedChange(all ? new Set() : new Set(overdue))}
                slotProps={{ input: { 'aria-label': t.selectAll } }}
              />
            </TableCell>
            <TableCell>{t.colOrganisation}</TableCell>
            <TableCell>{t.colTitle}</TableCell>
            <TableCell sx={numeric}>{t.colGranted}</TableCell>
            <TableCell>{t.colDue}</TableCell>
            <TableCell>{t.colStatus}</TableCell>
            <TableCell>{t.colReminder}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => {
            const id = row.decision.id;
            const last = row.reminders.at(-1);
            return (
              <TableRow key={id} hover selected={selected.has(id)}>
                <TableCell padding="checkbox">
                  {row.status === 'forfalt' ? (
                    <Checkbox checked={selected.has(id)} onChange={() => toggle(id)} slotProps={{ input: { 'aria-label': t.selectRow(row.application.title) } }} />
                  ) : null}
                </TableCell>
                <TableCell>
                  {row.organisationName}
                  <Typography variant="body2" color="text.secondary" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                    {formatOrgnr(row.orgnr)}
                  </Typography>
                </TableCell>
                <TableCell>
                  <Link component={RouterLink} to={reportPaths.report(id)}>
                    {row.application.title}
                  </Link>
                  <Typography variant="body2" color="text.secondary">
                    {row.call.title}
                  </Typography>
                </TableCell>
                <TableCell sx={numeric}>{formatMoney(row.decision.amountGrantedOre)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(row.dueDate)}</TableCell>
                <TableCell>
                  <ReportStatusLabel status={row.status} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{last ? formatDate(last.sentDate ?? last.createdAt.slice(0, 10)) : ''}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
