// An organisation's applications over the years with what was decided, so an assessor sees
// the applicant's track record.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { getDb } from '@renderer/data/db';
import { getOrganisationHistory } from '@renderer/services/queries/organisation-history';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { StatusChip } from '@renderer/components/StatusChip';
import { appText } from '@renderer/i18n/app';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { organisationsText as text } from '@renderer/i18n/organisations';
import { organisationPaths } from './organisation-paths';
import { APPLICATION_KIND_LABELS, DECISION_OUTCOME_LABELS } from '@renderer/domain/vocabulary';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

export function OrganisationHistory({ organisationId }: { organisationId: string }) {
  const rows = useLiveQuery(() => getOrganisationHistory(getDb(), organisationId), [organisationId]);
  if (rows === undefined) return <CenteredProgress label={appText.loading} />;
  if (rows.length === 0) return <Typography color="text.secondary">{text.historyEmpty}</Typography>;

  const granted = rows.filter((r) => (r.amountGrantedOre ?? 0) > 0);
  const grantedSum = granted.reduce((sum, r) => sum + (r.amountGrantedOre ?? 0), 0);
  return (
    <>
      <TableContainer>
        <Table size="small" aria-label={text.historyTableLabel}>
          <TableHead>
            <TableRow>
              <TableCell>{text.colYear}</TableCell>
              <TableCell>{text.colApplication}</TableCell>
              <TableCell>{text.colApplicationKind}</TableCell>
              <TableCell>{text.colReceived}</TableCell>
              <TableCell sx={numeric}>{text.colApplied}</TableCell>
              <TableCell>{text.colOutcome}</TableCell>
              <TableCell sx={numeric}>{text.colGranted}</TableCell>
              <TableCell>{text.colStatus}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.applicationId}>
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{row.callYear ?? ''}</TableCell>
                <TableCell>
                  <Link component={RouterLink} to={organisationPaths.application(row.applicationId)} sx={{ fontWeight: 600 }}>
                    {row.title}
                  </Link>
                  <Typography variant="body2" color="text.secondary">
                    <Link component={RouterLink} to={organisationPaths.call(row.callId)} color="inherit">
                      {row.callTitle}
                    </Link>
                  </Typography>
                </TableCell>
                <TableCell>{APPLICATION_KIND_LABELS[row.kind]}</TableCell>
                <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatDate(row.receivedDate)}</TableCell>
                <TableCell sx={numeric}>{formatMoney(row.amountAppliedOre)}</TableCell>
                <TableCell>{row.decisionOutcome ? DECISION_OUTCOME_LABELS[row.decisionOutcome] : text.undecided}</TableCell>
                <TableCell sx={numeric}>
                  {row.amountGrantedOre !== undefined ? formatMoney(row.amountGrantedOre) : '–'}
                </TableCell>
                <TableCell>
                  <StatusChip kind="application" status={row.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      <Typography sx={{ mt: 2 }}>{text.totalGranted(formatMoney(grantedSum), granted.length)}</Typography>
    </>
  );
}
