// /klager: every appeal, newest first, with its deadline, stage and what needs attention.
import { Link as RouterLink, useSearchParams } from 'react-router';
import Chip from '@mui/material/Chip';
import { isAppealOpen } from '@renderer/domain/appeals/stage';
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
  const all = useAppealRows();
  // Oversikt links here with ?utlysning=<id>&vis=apne: one call's appeals waiting for the municipality.
  const [params, setParams] = useSearchParams();
  const callFilter = params.get('utlysning');
  const openOnly = params.get('vis') === 'apne';
  const filtered = callFilter !== null || openOnly;
  const rows = all?.filter((r) => (callFilter === null || r.application?.callId === callFilter) && (!openOnly || isAppealOpen(r.appeal)));
  return (
    <PageLayout wide title={areaText.appeals.title} lead={t.lead}>
      {rows === undefined ? (
        <CenteredProgress label={appText.loading} />
      ) : (
        <>
          {filtered ? (
            <Chip label={openOnly ? t.filterOpen : t.filterCall} onDelete={() => setParams({}, { replace: true })} sx={{ mb: 2 }} />
          ) : null}
          {rows.length === 0 ? (
            <Alert severity="info">{filtered ? t.filterEmpty : t.empty}</Alert>
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
        </>
      )}
    </PageLayout>
  );
}
