// All calls, newest year first: year, title (a link to the call), deadline, frame and status.
import { useLiveQuery } from 'dexie-react-hooks';
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import AddIcon from '@mui/icons-material/Add';
import { getDb } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import { PageLayout } from '@renderer/components/PageLayout';
import { CenteredProgress } from '@renderer/components/CenteredProgress';
import { StatusChip } from '@renderer/components/StatusChip';
import { appText } from '@renderer/i18n/app';
import { areaText } from '@renderer/i18n/areas';
import { callsText } from '@renderer/i18n/calls';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { callPaths } from './call-paths';
import { compareNb } from '@renderer/domain/collate';

const numeric = { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function byNewest(a: Call, b: Call): number {
  return b.year - a.year || b.deadline.localeCompare(a.deadline) || compareNb(a.title, b.title);
}

export function CallList() {
  // A municipality has one or a few calls a year: reading them all is cheap.
  const calls = useLiveQuery(async () => (await getDb().calls.toArray()).sort(byNewest), []);
  return (
    <PageLayout wide title={areaText.calls.title} lead={callsText.listLead}>
      <Box sx={{ mb: 3 }}>
        <Button component={RouterLink} to={callPaths.create} variant="contained" startIcon={<AddIcon />}>
          {callsText.newCall}
        </Button>
      </Box>
      {calls === undefined ? (
        <CenteredProgress label={appText.loading} />
      ) : calls.length === 0 ? (
        <Alert severity="info" variant="outlined" sx={{ bgcolor: 'background.paper' }}>
          <AlertTitle>{callsText.emptyTitle}</AlertTitle>
          {callsText.emptyBody}
        </Alert>
      ) : (
        <TableContainer component={Paper} variant="outlined">
          <Table aria-label={callsText.tableLabel}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 72 }}>{callsText.colYear}</TableCell>
                <TableCell>{callsText.colTitle}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{callsText.colDeadline}</TableCell>
                <TableCell sx={numeric}>{callsText.colFrame}</TableCell>
                <TableCell>{callsText.colStatus}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {calls.map((call) => (
                <TableRow key={call.id} hover>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{call.year}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={callPaths.show(call.id)} sx={{ fontWeight: 600 }}>
                      {call.title}
                    </Link>
                  </TableCell>
                  <TableCell sx={{ fontVariantNumeric: 'tabular-nums' }}>{formatDate(call.deadline)}</TableCell>
                  <TableCell sx={numeric}>{formatMoney(call.budgetFrameOre)}</TableCell>
                  <TableCell>
                    <StatusChip kind="call" status={call.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </PageLayout>
  );
}
