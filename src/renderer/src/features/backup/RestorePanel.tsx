// Restore: pick a file, see what it holds (or why it is refused), confirm, then today's data is
// backed up and replaced. The page reloads afterwards so every view reads the restored database.
import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getDb, resetDb } from '@renderer/data/db';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { inspectBackup, restoreInspected, type InspectedBackup } from '@renderer/services/backup';
import { formatNumber } from '@renderer/i18n/format';
import { backupText } from '@renderer/i18n/backup';
import { RestorePreview, createdText } from './RestorePreview';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { rememberRestoredNotice } from './restored-notice';
import { errorMessage, writeBackupFile } from './take-backup';

type Chosen = { fileName: string; backup: InspectedBackup };
type Locked = { fileName: string; blob: Blob };

interface RestorePanelProps {
  /** After a restore; a full reload by default. */
  onRestored?: () => void;
}

export function RestorePanel({ onRestored = () => window.location.reload() }: RestorePanelProps) {
  const [reading, setReading] = useState(false);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [locked, setLocked] = useState<Locked | null>(null);
  const [password, setPassword] = useState('');
  const [progress, setProgress] = useState<string | null>(null);
  const show = (text: (done: string, total: string) => string) => (done: number, total: number) =>
    setProgress(text(formatNumber(done), formatNumber(total)));

  async function choose() {
    setError(null);
    try {
      const file = await getPlatform().openBackupFile({ filters: [{ name: backupText.fileFilter, extensions: ['zip', 'json'] }] });
      if (!file) return;
      setChosen(null);
      setLocked(null);
      setPassword('');
      await read({ fileName: file.name, blob: file.blob });
    } catch (e) {
      setError(backupText.openFailed(errorMessage(e)));
    }
  }

  async function read(file: Locked, filePassword?: string) {
    setReading(true);
    setError(null);
    try {
      const result = await inspectBackup(file.blob, {
        ...(filePassword ? { password: filePassword } : {}),
        onProgress: show(backupText.readingProgress),
      });
      if (result.ok) {
        setLocked(null);
        setChosen({ fileName: file.fileName, backup: result.backup });
      } else if (result.needsPassword) {
        setLocked(file);
        if (filePassword) setError(result.error);
      } else {
        setError(result.error);
      }
    } catch (e) {
      setError(backupText.openFailed(errorMessage(e)));
    } finally {
      setReading(false);
      setProgress(null);
    }
  }

  async function restore(file: Chosen) {
    setRestoring(true);
    try {
      const result = await restoreInspected(
        defaultContext(getDb()),
        file.backup,
        async ({ blob, fileName }) => {
          await writeBackupFile(blob, fileName);
        },
        { onProgress: show(backupText.restoringProgress) },
      );
      if (!result.ok) {
        setError(result.error);
        return;
      }
      rememberRestoredNotice(backupText.restored(createdText(result.preview), result.safetyFileName));
      // Drop the open connection so the reload (or the next reader) starts from the restored data.
      resetDb();
      onRestored();
    } catch (e) {
      setError(backupText.restoreFailed(errorMessage(e)));
    } finally {
      setRestoring(false);
      setConfirming(false);
      setProgress(null);
    }
  }

  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      <Typography variant="h3">{backupText.restoreTitle}</Typography>
      <Typography color="text.secondary">{backupText.restoreLead}</Typography>
      <Button variant="outlined" onClick={() => void choose()} disabled={reading || restoring}>
        {reading ? backupText.reading : backupText.chooseFile}
      </Button>
      {locked ? (
        <Stack
          component="form"
          direction="row"
          spacing={1.5}
          sx={{ alignItems: 'flex-start' }}
          onSubmit={(e) => {
            e.preventDefault();
            void read(locked, password);
          }}
        >
          <TextField
            type="password"
            label={backupText.restorePassword}
            autoComplete="off"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            helperText={backupText.needsPassword(locked.fileName)}
            autoFocus
          />
          <Button type="submit" variant="contained" disabled={reading || password.length === 0} sx={{ mt: 1 }}>
            {reading ? backupText.reading : backupText.openEncrypted}
          </Button>
        </Stack>
      ) : null}
      <div role="status" aria-live="polite" data-testid="restore-progress">
        {progress ? <Typography>{progress}</Typography> : null}
      </div>
      <div role="alert" style={{ alignSelf: 'stretch' }}>
        {error ? <Alert role="none" severity="error">{error}</Alert> : null}
      </div>
      {chosen ? (
        <>
          <RestorePreview fileName={chosen.fileName} preview={chosen.backup.preview} />
          <Stack direction="row" spacing={1.5}>
            <Button variant="contained" color="error" onClick={() => setConfirming(true)} disabled={restoring}>
              {backupText.restore}
            </Button>
            <Button onClick={() => setChosen(null)} disabled={restoring}>
              {backupText.cancel}
            </Button>
          </Stack>
          <RestoreConfirmDialog
            open={confirming}
            created={createdText(chosen.backup.preview)}
            busy={restoring}
            onCancel={() => setConfirming(false)}
            onConfirm={() => void restore(chosen)}
          />
        </>
      ) : null}
    </Stack>
  );
}
