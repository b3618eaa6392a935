// Marks many letters sent on one date (today unless changed): one service call, one transaction.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { defaultContext } from '@renderer/services/context';
import { markLettersSent } from '@renderer/services/decisions';
import { ValidationError } from '@renderer/services/errors';
import { decisionsText as t } from '@renderer/i18n/decisions';
import { safetyText as s } from '@renderer/i18n/decision-safety';
import { formText } from '@renderer/i18n/form';
import { todayInOslo } from '@renderer/domain/oslo-date';

interface Props {
  letterIds: readonly string[];
  onClose: () => void;
  onDone: (sent: number, skipped: number) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function MarkManySentDialog({ letterIds, onClose, onDone }: Props) {
  const [date, setDate] = useState(todayInOslo());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const valid = ISO_DATE.test(date);

  const submit = async () => {
    if (!valid) return setError(t.sentDateRequired);
    setBusy(true);
    try {
      const result = await markLettersSent(defaultContext(), letterIds, date);
      onDone(result.sent.length, result.skipped.length);
    } catch (e) {
      setError(e instanceof ValidationError ? e.message : t.markSentFailed);
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="mark-many-title">
      <DialogTitle id="mark-many-title">{s.markManyTitle(letterIds.length)}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{s.markManyLead}</Typography>
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
          error={!valid}
          helperText={valid ? ' ' : t.sentDateRequired}
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
