// Marks a letter sent on a date (today unless changed) and shows the appeal deadline it sets (R16).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { appealDeadline } from '@renderer/domain/decisions/deadlines';
import { defaultContext } from '@renderer/services/context';
import { markLetterSent } from '@renderer/services/decisions';
import { ValidationError } from '@renderer/services/errors';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { formText } from '@renderer/i18n/form';
import { todayInOslo } from '@renderer/domain/oslo-date';

interface Props {
  letterId: string;
  appealWeeks: number;
  onClose: () => void;
  onDone: (appealDeadline: string) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function MarkSentDialog({ letterId, appealWeeks, onClose, onDone }: Props) {
  const [date, setDate] = useState(todayInOslo());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const valid = ISO_DATE.test(date);

  const submit = async () => {
    if (!valid) {
      setError(t.sentDateRequired);
      return;
    }
    setBusy(true);
    try {
      await markLetterSent(defaultContext(), letterId, date);
      onDone(appealDeadline(date, appealWeeks));
    } catch (e) {
      setError(e instanceof ValidationError ? e.message : t.markSentFailed);
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="mark-sent-title">
      <DialogTitle id="mark-sent-title">{t.markSentTitle}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{t.markSentLead}</Typography>
        <TextField
          type="date"
          label={t.sentDate}
          value={date}
          onChange={(e) => {
            setDate(e.target.value);
            setError(null);
          }}
          required
          fullWidth
          error={Boolean(error) && !valid}
          helperText={valid ? t.appealDeadlineNote(appealDeadline(date, appealWeeks), appealWeeks) : t.sentDateRequired}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        {error && valid ? (
          <Alert severity="error" sx={{ mt: 2 }}>
            {error}
          </Alert>
        ) : null}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {formText.cancel}
        </Button>
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {t.markSentSubmit}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
