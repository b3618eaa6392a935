// Every repayment claim of the grants shown, with what has come in and where it stands.
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { isClaimOutstanding, repaidOre, repaymentStatus } from '@renderer/domain/repayments/settlement';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { reportsText as t } from '@renderer/i18n/reports';
import type { ReportRow } from '@renderer/services/queries/report-list';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { reportPaths } from '../report-paths';
import { RepaymentStatusLabel } from '../Tone';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

/** `unpaidOnly`: only claims money is still owed on (Oversikt links with ?krav=ubetalt). */
export function ClaimsTable({ rows, unpaidOnly = false }: { rows: readonly ReportRow[]; unpaidOnly?: boolean }) {
  const today = todayInOslo();
  const claims = rows
    .flatMap((row) => row.claims.map((claim) => ({ row, claim })))
    .filter(({ claim }) => !unpaidOnly || isClaimOutstanding(repaymentStatus(claim, today)));
  return (
    <section aria-labelledby="krav-overskrift">
      <Typography id="krav-overskrift" variant="h2" sx={{ mb: 1.5 }}>
        {unpaidOnly ? t.claimsListUnpaid : t.claimsList}
      </Typography>
      {claims.length === 0 ? (
        <Typography color="text.secondary">{t.noClaims}</Typography>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.claimsListLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.colOrganisation}</TableCell>
                <TableCell>{t.colTitle}</TableCell>
                <TableCell sx={numeric}>{t.colClaim}</TableCell>
                <TableCell sx={numeric}>{t.colRepaid}</TableCell>
                <TableCell>{t.deadline}</TableCell>
                <TableCell>{t.colClaimStatus}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {claims.map(({ row, claim }) => (
                <TableRow key={claim.id}>
                  <TableCell>{row.organisationName}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`${reportPaths.report(row.decision.id)}#tilbakebetaling`}>
                      {row.application.title}
                    </Link>
                  </TableCell>
                  <TableCell sx={numeric}>{formatMoney(claim.amountOre)}</TableCell>
                  <TableCell sx={numeric}>{formatMoney(repaidOre(claim))}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(claim.deadline)}</TableCell>
                  <TableCell>
                    <RepaymentStatusLabel status={repaymentStatus(claim, today)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </section>
  );
}
