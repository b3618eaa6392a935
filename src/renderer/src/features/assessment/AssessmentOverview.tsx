// Vurdering og møter: choose a call, see per application who has scored and who is missing, open an
// application to score it, and make or read back scoring sheets.
import { Link as RouterLink, useSearchParams } from 'react-router';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LeaderboardIcon from '@mui/icons-material/LeaderboardOutlined';
import { meetingPaths } from '../meetings/meeting-paths';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import TuneIcon from '@mui/icons-material/TuneOutlined';
import { assessmentSetupOf } from '@renderer/domain/assessment/default-criteria';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { areaPaths } from '@renderer/components/area-paths';
import { areaText } from '@renderer/i18n/areas';
import { appText } from '@renderer/i18n/app';
import { formatNumber } from '@renderer/i18n/format';
import { overviewText as t } from '@renderer/i18n/assessment';
import { SheetsSection } from './SheetsSection';
import { visuallyHidden } from './visually-hidden';
import { useCallAssessment, useCallList, type CallAssessment } from './use-call-assessment';

export const CALL_PARAM = 'utlysning';

function names(ids: readonly string[], people: CallAssessment['people']): string {
  const byId = new Map(people.map((p) => [p.id, p.name]));
  return ids.map((id) => byId.get(id) ?? id).join(', ');
}

function ApplicationsTable({ data }: { data: CallAssessment }) {
  if (data.applications.length === 0) return <Alert severity="info">{t.noApplications}</Alert>;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-labelledby="assessment-applications-title">
        <TableHead>
          <TableRow>
            <TableCell>{t.application}</TableCell>
            <TableCell>{t.organisation}</TableCell>
            <TableCell align="right">{t.total}</TableCell>
            <TableCell>{t.done}</TableCell>
            <TableCell>{t.missing}</TableCell>
            <TableCell>{t.conflicts}</TableCell>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                {t.open}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.applications.map(({ application: a, organisationName }) => {
            const s = data.summaries.get(a.id);
            const conflicted = data.conflicts.filter((c) => c.applicationId === a.id).map((c) => c.personName);
            return (
              <TableRow key={a.id} data-application={a.title}>
                <TableCell>
                  <Link component={RouterLink} to={`${areaPaths.applications}/${a.id}?fane=vurdering`}>
                    {a.title}
                  </Link>
                </TableCell>
                <TableCell>{organisationName}</TableCell>
                <TableCell align="right">{s?.weightedTotal != null ? formatNumber(s.weightedTotal, 2) : t.noneYet}</TableCell>
                <TableCell>{s && s.assessorsDone.length > 0 ? names(s.assessorsDone, data.people) : t.noneYet}</TableCell>
                <TableCell>{s && s.assessorsMissing.length > 0 ? names(s.assessorsMissing, data.people) : t.noneYet}</TableCell>
                <TableCell>{conflicted.length > 0 ? conflicted.join(', ') : t.noneYet}</TableCell>
                <TableCell>
                  <Button size="small" component={RouterLink} to={`${areaPaths.applications}/${a.id}?fane=vurdering`} aria-label={t.openFor(a.title)}>
                    {t.open}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

export function AssessmentOverview() {
  const calls = useCallList();
  const [params, setParams] = useSearchParams();
  const chosen = params.get(CALL_PARAM) ?? calls?.find((c) => c.status !== 'arkivert')?.id ?? calls?.[0]?.id;
  const data = useCallAssessment(chosen);

  if (calls === undefined) return <CenteredProgress label={appText.loading} />;
  return (
    <PageLayout wide title={areaText.assessment.title} lead={t.lead}>
      {calls.length === 0 ? (
        <Alert severity="info">{t.noCalls}</Alert>
      ) : (
        <Stack spacing={3}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TextField
              select
              id="assessment-call"
              label={t.chooseCall}
              value={chosen ?? ''}
              onChange={(e) => setParams({ [CALL_PARAM]: e.target.value }, { replace: true })}
              sx={{ width: 420, maxWidth: '100%' }}
            >
              {calls.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.title.includes(String(c.year)) ? c.title : `${c.title} (${c.year})`}
                </MenuItem>
              ))}
            </TextField>
            {chosen ? (
              <>
                <Button component={RouterLink} to={`kriterier/${chosen}`} variant="outlined" startIcon={<TuneIcon />}>
                  {t.criteriaLink}
                </Button>
                <Button component={RouterLink} to={meetingPaths.ranking(chosen)} variant="contained" startIcon={<LeaderboardIcon />}>
                  {t.rankingLink}
                </Button>
              </>
            ) : null}
          </Stack>
          {data === undefined ? <CenteredProgress label={appText.loading} /> : null}
          {data ? (
            <>
              <Box component="section" aria-labelledby="assessment-applications-title">
                <Typography id="assessment-applications-title" variant="h2" sx={{ mb: 0.5 }}>
                  {t.applications}
                </Typography>
                <Typography color="text.secondary" sx={{ mb: 1.5 }}>
                  {t.scaleNote(assessmentSetupOf(data.call).scale.min, assessmentSetupOf(data.call).scale.max)}
                </Typography>
                <ApplicationsTable data={data} />
              </Box>
              <SheetsSection callId={data.call.id} assessors={data.assessors} />
            </>
          ) : null}
        </Stack>
      )}
    </PageLayout>
  );
}
