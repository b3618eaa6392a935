// The "Ta sikkerhetskopi nå" button, optionally with a password (the file is then encrypted), and
// where the file went.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { MIN_PASSWORD_LENGTH } from '@renderer/services/backup/backup-crypto';
import { backupText } from '@renderer/i18n/backup';
import { formatNumber } from '@renderer/i18n/format';
import { errorMessage, takeBackupNow } from './take-backup';

type Status = { severity: 'success' | 'error'; text: string } | null;

export function BackupNowButton() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);

  const passwordError = !encrypt
    ? null
    : password.length < MIN_PASSWORD_LENGTH
      ? backupText.passwordTooShort(MIN_PASSWORD_LENGTH)
      : password !== repeat
        ? backupText.passwordsDiffer
        : null;

  async function run() {
    setTouched(true);
    if (passwordError) return;
    setBusy(true);
    setStatus(null);
    try {
      const text = await takeBackupNow(new Date(), encrypt ? password : undefined, ({ rows, totalRows }) =>
        setProgress(backupText.backupProgress(formatNumber(rows), formatNumber(totalRows))),
      );
      setStatus({ severity: 'success', text });
      setPassword('');
      setRepeat('');
      setTouched(false);
    } catch (error) {
      setStatus({ severity: 'error', text: backupText.backupFailed(errorMessage(error)) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return (
    <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <FormControlLabel
        control={<Checkbox checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} />}
        label={backupText.encrypt}
      />
      {encrypt ? (
        <Stack spacing={1.5} sx={{ maxWidth: 420, alignSelf: 'stretch' }}>
          <Typography variant="body2" color="text.secondary">
            {backupText.encryptHelp}
          </Typography>
          <TextField
            type="password"
            label={backupText.password}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={touched && password.length < MIN_PASSWORD_LENGTH}
            helperText={touched && password.length < MIN_PASSWORD_LENGTH ? backupText.passwordTooShort(MIN_PASSWORD_LENGTH) : ' '}
          />
          <TextField
            type="password"
            label={backupText.passwordRepeat}
            autoComplete="new-password"
            value={repeat}
            onChange={(e) => setRepeat(e.target.value)}
            error={touched && password.length >= MIN_PASSWORD_LENGTH && password !== repeat}
            helperText={touched && password.length >= MIN_PASSWORD_LENGTH && password !== repeat ? backupText.passwordsDiffer : ' '}
          />
        </Stack>
      ) : null}
      <Button variant="contained" disabled={busy} onClick={() => void run()}>
        {busy ? backupText.backingUp : backupText.backupNow}
      </Button>
      <Typography role="status" aria-live="polite" variant="body2" color="text.secondary">
        {progress ?? ''}
      </Typography>
      <div role="status" style={{ alignSelf: 'stretch' }}>
        {status ? <Alert role="none" severity={status.severity}>{status.text}</Alert> : null}
      </div>
    </Stack>
  );
}
