// The "Ta sikkerhetskopi nå" button, optionally with a password (the file is then encrypted), and
// where the file went.
import { useRef, useState } from 'react';
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
import { isBackupCancelled } from '@renderer/workers/backup/backup-client';
import { errorMessage, startBackupNow } from './take-backup';

const MB = 1024 * 1024;

type Status = { severity: 'success' | 'error' | 'info'; text: string } | null;

export function BackupNowButton() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [touched, setTouched] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const cancelRef = useRef<(() => void) | null>(null);

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
    const job = startBackupNow(
      new Date(),
      encrypt ? password : undefined,
      ({ rows, totalRows }) => setProgress(backupText.backupProgress(formatNumber(rows), formatNumber(totalRows))),
      (written, total) => setProgress(backupText.writingProgress(formatNumber(Math.round(written / MB)), formatNumber(Math.round(total / MB)))),
    );
    cancelRef.current = job.cancel;
    try {
      const text = await job.result;
      setStatus({ severity: 'success', text });
      setPassword('');
      setRepeat('');
      setTouched(false);
    } catch (error) {
      setStatus(
        isBackupCancelled(error)
          ? { severity: 'info', text: backupText.backupCancelled }
          : { severity: 'error', text: backupText.backupFailed(errorMessage(error)) },
      );
    } finally {
      cancelRef.current = null;
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
      <Stack direction="row" spacing={1.5}>
        <Button variant="contained" disabled={busy} onClick={() => void run()}>
          {busy ? backupText.backingUp : backupText.backupNow}
        </Button>
        {busy ? <Button onClick={() => cancelRef.current?.()}>{backupText.backupCancel}</Button> : null}
      </Stack>
      <Typography role="status" aria-live="polite" variant="body2" color="text.secondary">
        {progress ?? ''}
      </Typography>
      <div role="status" style={{ alignSelf: 'stretch' }}>
        {status ? <Alert role="none" severity={status.severity}>{status.text}</Alert> : null}
      </div>
    </Stack>
  );
}
