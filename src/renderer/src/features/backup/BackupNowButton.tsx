// The "Ta sikkerhetskopi nå" button and where the file went.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { backupText } from '@renderer/i18n/backup';
import { errorMessage, takeBackupNow } from './take-backup';

type Status = { severity: 'success' | 'error'; text: string } | null;

export function BackupNowButton() {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  async function run() {
    setBusy(true);
    setStatus(null);
    try {
      setStatus({ severity: 'success', text: await takeBackupNow() });
    } catch (error) {
      setStatus({ severity: 'error', text: backupText.backupFailed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack spacing={1.5} sx={{ alignItems: 'flex-start' }}>
      <Button variant="contained" disabled={busy} onClick={() => void run()}>
        {busy ? backupText.backingUp : backupText.backupNow}
      </Button>
      <div role="status" style={{ alignSelf: 'stretch' }}>
        {status ? <Alert role="none" severity={status.severity}>{status.text}</Alert> : null}
      </div>
    </Stack>
  );
}
