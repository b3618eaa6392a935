// Records the grantee's acceptance: the date it came (today unless changed) and how; or, for a
// recorded acceptance, corrects those (the officer's mistake).
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { acceptanceChannelSchema, type AcceptanceChannel } from '@renderer/domain/acceptance';
import { defaultContext } from '@renderer/services/context';
import { recordAcceptance } from '@renderer/services/acceptance';
import { correctAcceptance } from '@renderer/services/acceptance/corrections';
import { ValidationError } from '@renderer/services/errors';
import type { GrantRow } from '@renderer/services/queries/payments-overview';
import { formText } from '@renderer/i18n/form';
import { channelText, paymentsText as t } from '@renderer/i18n/payments';
import { todayInOslo } from '@renderer/domain/oslo-date';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Props {
  grant: GrantRow;
  /** Correct the recorded acceptance instead of recording a new one. */
  correcting?: boolean;
  onClose: () => void;
  onDone: (released: number) => void;
}

export function AcceptDialog({ grant, correcting = false, onClose, onDone }: Props) {
  const recorded = correcting ? grant.acceptance : undefined;
  const [date, setDate] = useState(recorded?.receivedDate ?? todayInOslo());
  const [channel, setChannel] = useState<AcceptanceChannel>(recorded?.channel ?? 'e-post');
  const [note, setNote] = useState(recorded?.note ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const valid = ISO_DATE.test(date);

  const submit = async () => {
    if (!valid) return setError(t.dateRequired);
    setBusy(true);
    try {
      const input = { decisionId: grant.decision.id, receivedDate: date, channel, note };
      if (correcting) {
        await correctAcceptance(defaultContext(), input);
        onDone(0);
      } else onDone((await recordAcceptance(defaultContext(), input)).released.length);
    } catch (e) {
      setError(e instanceof ValidationError ? e.message : t.saveFailed);
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="accept-title">
      <DialogTitle id="accept-title">{correcting ? t.correctAcceptanceTitle : t.acceptTitle}</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>{correcting ? t.correctAcceptanceLead(grant.organisationName, grant.application.title) : t.acceptLead(grant.organisationName, grant.application.title)}</Typography>
        <Stack spacing={2.5}>
          <TextField
            type="date"
            label={t.acceptDate}
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
          <FormControl>
            <FormLabel id="accept-channel">{t.acceptChannel}</FormLabel>
            <RadioGroup row aria-labelledby="accept-channel" value={channel} onChange={(e) => setChannel(e.target.value as AcceptanceChannel)}>
              {acceptanceChannelSchema.options.map((c) => (
                <FormControlLabel key={c} value={c} control={<Radio />} label={channelText[c]} />
              ))}
            </RadioGroup>
          </FormControl>
          <TextField label={t.acceptNote} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} />
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
        <Button variant="contained" onClick={() => void submit()} disabled={busy}>
          {correcting ? t.correctAcceptanceSubmit : t.acceptSubmit}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
