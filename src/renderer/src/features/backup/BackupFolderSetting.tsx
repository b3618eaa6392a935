// Electron only: which folder backups go to, and a native dialog to choose another.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { updateSettings } from '@renderer/services/settings';
import { backupText } from '@renderer/i18n/backup';
import { errorMessage } from './take-backup';

export function BackupFolderSetting() {
  const { settings } = useCurrentSettings();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function choose() {
    setBusy(true);
    setStatus(null);
    try {
      const folder = await getPlatform().chooseBackupFolder();
      if (folder === null) return;
      await updateSettings(defaultContext(), { backupFolder: folder });
      setStatus({ ok: true, text: backupText.folderSaved });
    } catch (error) {
      setStatus({ ok: false, text: backupText.folderFailed(errorMessage(error)) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h4" component="h4" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {backupText.folderTitle}
      </Typography>
      <Typography sx={{ wordBreak: 'break-all' }}>
        {settings.backupFolder ? backupText.folderCurrent(settings.backupFolder) : backupText.folderDefault}
      </Typography>
      <Button variant="outlined" disabled={busy} onClick={() => void choose()}>
        {backupText.chooseFolder}
      </Button>
      <div role="status" style={{ alignSelf: 'stretch' }}>
        {status ? <Alert role="none" severity={status.ok ? 'success' : 'error'}>{status.text}</Alert> : null}
      </div>
    </Stack>
  );
}
