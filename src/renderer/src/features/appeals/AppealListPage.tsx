// /klager: every appeal, newest first, with its deadline, stage and what needs attention.
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { PageLayout } from '@renderer/components/PageLayout';
import { appText } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { appealsText as t } from '@renderer/i18n/appeals';
import { formatDate } from '@renderer/i18n/format';
import { AppealFlagChips, AppealStageChip } from './AppealChips';
import { appealPaths } from './appeal-paths';
import { useAppealRows } from './use-appeals';

const nowrap = { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

export function AppealListPage() {
  const rows = useAppealRows();
  return (
    <PageLayout wide title={areaText.appeals.title} lead={t.lead}>
      {rows === undefined ? (
        <CenteredProgress label={appText.loading} />
      ) : rows.length === 0 ? (
        <Alert severity="info">{t.empty}</Alert>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table size="small" aria-label={t.tableLabel}>
            <TableHead>
              <TableRow>
                <TableCell>{t.colTitle}</TableCell>
                <TableCell>{t.colOrganisation}</TableCell>
                <TableCell>{t.colReceived}</TableCell>
                <TableCell>{t.colDeadline}</TableCell>
                <TableCell>{t.colStage}</TableCell>
                <TableCell>{t.colFlags}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map(({ appeal, application, organisation }) => {
                const title = application?.title ?? appeal.decisionId;
                return (
                  <TableRow key={appeal.id} hover>
                    <TableCell>
                      <Link component={RouterLink} to={appealPaths.appeal(appeal.id)}>
                        {title}
                      </Link>
                    </TableCell>
                    <TableCell>{organisation?.name ?? ''}</TableCell>
                    <TableCell sx={nowrap}>{formatDate(appeal.receivedDate)}</TableCell>
                    <TableCell sx={nowrap}>{formatDate(appeal.deadlineDate)}</TableCell>
                    <TableCell>
                      <AppealStageChip appeal={appeal} />
                    </TableCell>
                    <TableCell>
                      <AppealFlagChips appeal={appeal} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </PageLayout>
  );
}
