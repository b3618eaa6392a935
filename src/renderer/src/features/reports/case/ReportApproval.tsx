// Approving the report: by whom, on which day, with a note. The service refuses while anything on
// the checklist is missing and says what.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { reportsText as t } from '@renderer/i18n/reports';
import { defaultContext } from '@renderer/services/context';
import type { ReportRow } from '@renderer/services/queries/report-list';
import { approveReport } from '@renderer/services/reports/reports';
import { todayInOslo } from '@renderer/domain/oslo-date';
import { NO_ERRORS, formErrorsOf, type FormErrors } from './service-error';

export function ReportApproval({ row, onNotice }: { row: ReportRow; onNotice: (m: string) => void }) {
  const { settings } = useCurrentSettings();
  const [by, setBy] = useState(settings.officerName);
  const [date, setDate] = useState(todayInOslo());
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const report = row.report;

  const approve = async () => {
    setBusy(true);
    try {
      await approveReport(defaultContext(), {
        decisionId: row.decision.id, approvedBy: by, approvedDate: date, approvalNote: note, expectedUpdatedAt: report?.updatedAt,
      });
      setErrors(NO_ERRORS);
      onNotice(t.approvedDone);
    } catch (e) {
      setErrors(formErrorsOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="section" aria-labelledby="godkjenning" sx={{ mb: 4 }}>
      <Typography id="godkjenning" variant="h2" sx={{ mb: 2 }}>
        {t.approveTitle}
      </Typography>
      {report?.approved ? (
        <Alert severity="success" variant="outlined">
          {t.approvedLine(report.approvedBy ?? '', report.approvedDate ?? '')}
          {report.approvalNote ? ` ${report.approvalNote}` : ''}
        </Alert>
      ) : (
        <Stack spacing={2} sx={{ maxWidth: 560 }}>
          <Stack direction="row" spacing={2}>
            <TextField
              label={t.approvedBy}
              value={by}
              onChange={(e) => setBy(e.target.value)}
              error={Boolean(errors.fields['approvedBy'])}
              helperText={errors.fields['approvedBy'] ?? ' '}
            />
            <TextField
              type="date"
              label={t.approvedDate}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              error={Boolean(errors.fields['approvedDate'])}
              helperText={errors.fields['approvedDate'] ?? ' '}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Stack>
          <TextField label={t.approvalNote} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} />
          {errors.general ? <Alert severity="error">{errors.general}</Alert> : null}
          <Box>
            <Button variant="contained" color="success" onClick={() => void approve()} disabled={busy}>
              {t.approve}
            </Button>
          </Box>
        </Stack>
      )}
    </Box>
  );
}
