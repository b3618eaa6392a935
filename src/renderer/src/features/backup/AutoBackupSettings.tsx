// Electron only: when the last automatic backup was taken, the folder, and how many backups it keeps.
import { useState, type FormEvent } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCurrentSettings } from '@renderer/components/current-settings';
import { backupKeepCountSchema } from '@renderer/domain/settings';
import { defaultContext } from '@renderer/services/context';
import { updateSettings } from '@renderer/services/settings';
import { backupKeepCount } from '@renderer/services/backup/auto-backup';
import { backupText } from '@renderer/i18n/backup';
import { formatTimestamp } from '@renderer/i18n/format';
import { BackupFolderSetting } from './BackupFolderSetting';

export function AutoBackupSettings() {
  const { settings } = useCurrentSettings();
  const [value, setValue] = useState(String(backupKeepCount(settings)));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const parsed = backupKeepCountSchema.safeParse(value.trim() === '' ? Number.NaN : Number(value));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? backupText.keepFailed);
      return;
    }
    setError(null);
    try {
      await updateSettings(defaultContext(), { backupKeepCount: parsed.data });
      setStatus({ ok: true, text: backupText.keepSaved });
    } catch {
      setStatus({ ok: false, text: backupText.keepFailed });
    }
  }

  return (
    <Stack spacing={1.5} component="form" noValidate onSubmit={(e) => void save(e)}>
      <Typography variant="h3">{backupText.autoTitle}</Typography>
      <Typography color="text.secondary">{backupText.autoLead}</Typography>
      <Typography>
        {settings.lastAutoBackupAt
          ? backupText.autoLast(formatTimestamp(settings.lastAutoBackupAt))
          : backupText.autoNever}
      </Typography>
      <BackupFolderSetting />
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <TextField
          label={backupText.keepCount}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={error !== null}
          helperText={error ?? backupText.keepCountHelp}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ width: 320 }}
        />
        <Button type="submit" variant="outlined" sx={{ mt: 1 }}>
          {backupText.keepSave}
        </Button>
      </Stack>
      <div role="status">{status ? <Alert role="none" severity={status.ok ? 'success' : 'error'}>{status.text}</Alert> : null}</div>
    </Stack>
  );
}
