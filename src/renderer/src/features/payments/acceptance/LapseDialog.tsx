// Records that overdue grants lapsed (bortfalt): no payment, and the amount is free in the frame.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { defaultContext } from '@renderer/services/context';
import { recordLapse } from '@renderer/services/acceptance';
import { ValidationError } from '@renderer/services/errors';
import type { GrantRow } from '@renderer/services/queries/payments-overview';
import { formText } from '@renderer/i18n/form';
import { formatMoney } from '@renderer/i18n/format';
import { paymentsText as t } from '@renderer/i18n/payments';
import { todayInOslo } from '@renderer/domain/oslo-date';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function LapseDialog({ grants, onClose, onDone }: { grants: readonly GrantRow[]; onClose: () => void; onDone: (n: number) => void }) {
  const [date, setDate] = useState(todayInOslo());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const valid = ISO_DATE.test(date);

  const submit = async () => {
    if (!valid) return setError(t.dateRequired);
    setBusy(true);
    try {
      const rows = await recordLapse(defaultContext(), { decisionIds: grants.map((g) => g.decision.id), lapsedDate: date, note });
      onDone(rows.length);
    } catch (e) {
      setError(e instanceof ValidationError ? e.message : t.saveFailed);
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="lapse-title">
      <DialogTitle id="lapse-title">{t.lapseTitle}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1 }}>{t.lapseLead(grants.length)}</Typography>
        <ul style={{ marginTop: 0 }}>
          {grants.map((g) => (
            <li key={g.decision.id}>
              {g.organisationName} – «{g.application.title}», {formatMoney(g.decision.amountGrantedOre)}
            </li>
          ))}
        </ul>
        <Stack spacing={2.5}>
          <TextField
            type="date"
            label={t.lapseDate}
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setError(null);
            }}
            required
            error={!valid}
            helperText={valid ? undefined : t.dateRequired}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField label={t.lapseNote} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} />
        </Stack>
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
        <Button variant="contained" color="error" onClick={() => void submit()} disabled={busy}>
          {t.lapseSubmit}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
