// Step 4: what the import did, with a way on to the imported applications.
import { Link as RouterLink } from 'react-router';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { areaPaths } from '@renderer/components/area-paths';
import type { ImportResult } from '@renderer/services/import';
import { formatNumber } from '@renderer/i18n/format';
import { importText } from '@renderer/i18n/import';

interface Props {
  result: ImportResult;
  callId: string;
  onAnother: () => void;
}

export function SummaryStep({ result, callId, onAnother }: Props) {
  const lines: [string, number][] = [
    [importText.created, result.created],
    [importText.updated, result.updated],
    [importText.unchanged, result.unchanged],
    [importText.skipped, result.skipped],
    [importText.organisationsCreated, result.organisationsCreated],
    [importText.organisationsUpdated, result.organisationsUpdated],
  ];
  return (
    <Box component="section">
      <Alert severity="success" sx={{ mb: 3 }} role="status">
        <AlertTitle component="h2" sx={{ fontSize: '1.125rem' }}>
          {importText.doneHeading}
        </AlertTitle>
        {importText.doneScreening}
      </Alert>
      <Paper variant="outlined" sx={{ maxWidth: 480, mb: 3 }}>
        <Table size="small" aria-label={importText.doneTableLabel}>
          <TableBody>
            {lines.map(([label, count]) => (
              <TableRow key={label}>
                <TableCell component="th" scope="row">
                  {label}
                </TableCell>
                <TableCell sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
                  {formatNumber(count)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <Button
          variant="contained"
          component={RouterLink}
          to={`${areaPaths.applications}?utlysning=${encodeURIComponent(callId)}`}
        >
          {importText.goToList}
        </Button>
        <Button variant="outlined" onClick={onAnother}>
          {importText.importAnother}
        </Button>
      </Box>
    </Box>
  );
}
