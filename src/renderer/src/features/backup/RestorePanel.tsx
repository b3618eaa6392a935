// Restore: pick a file, see what it holds (or why it is refused), confirm, then today's data is
// backed up and replaced. The page reloads afterwards so every view reads the restored database.
import { useEffect, useRef, useState } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { getDb, resetDb } from '@renderer/data/db';
import { getPlatform } from '@renderer/platform';
import { defaultContext } from '@renderer/services/context';
import { restoreInspected, type InspectedBackup } from '@renderer/services/backup';
import { RangeFile } from '@renderer/services/backup/byte-source';
import { moveAnchorAfterRestore, restoreLanded } from '@renderer/services/backup/restore-backup';
import { resolveStamp } from '@renderer/services/change-log';
import type { OpenedBackupFile } from '@shared/platform';
import { isBackupCancelled, startBackupJob, type BackupWorkerJob } from '@renderer/workers/backup/backup-client';
import type { JobSource, PortableInspected } from '@renderer/workers/backup/backup-protocol';
import { formatNumber } from '@renderer/i18n/format';
import { backupText } from '@renderer/i18n/backup';
import { RestorePreview, createdText } from './RestorePreview';
import { RestoreConfirmDialog } from './RestoreConfirmDialog';
import { rememberRestoredNotice } from './restored-notice';
import { errorMessage, startBackupFile, writeBackupFile } from './take-backup';

type Chosen = { file: OpenedBackupFile; backup: PortableInspected };
type Locked = { file: OpenedBackupFile };

/** What the worker reads: the browser's File itself, or ranges the page fetches from main. */
const sourceOf = (file: OpenedBackupFile): JobSource => file.blob ?? { kind: 'remote-file', size: file.size };

/** The inspected backup as this page sees it (only its preview is read here). */
function onThisPage(backup: PortableInspected, file: OpenedBackupFile): InspectedBackup {
  const { zip, ...rest } = backup;
  return zip ? { ...rest, zip: { ...zip, blob: file.blob ?? new RangeFile(file.size, file.read) } } : rest;
}

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
  // The step under way (reading, the safety copy, the restore): «Avbryt» ends it.
  const running = useRef<BackupWorkerJob<unknown> | null>(null);
  const [cancellable, setCancellable] = useState(false);
  function track<T>(job: BackupWorkerJob<T>): Promise<T> {
    running.current = job;
    setCancellable(true);
    return job.result.finally(() => {
      if (running.current === job) {
        running.current = null;
        setCancellable(false);
      }
    });
  }
  // The file main holds open is let go when the panel goes.
  const openFile = useRef<OpenedBackupFile | null>(null);
  useEffect(() => () => void openFile.current?.close().catch(() => undefined), []);
  function replaceFile(file: OpenedBackupFile | null) {
    if (openFile.current && openFile.current !== file) void openFile.current.close().catch(() => undefined);
    openFile.current = file;
  }

  async function choose() {
    setError(null);
    try {
      const file = await getPlatform().openBackupFile({ filters: [{ name: backupText.fileFilter, extensions: ['zip', 'json'] }] });
      if (!file) return;
      replaceFile(file);
      setChosen(null);
      setLocked(null);
      setPassword('');
      await read({ file });
    } catch (e) {
      setError(backupText.openFailed(errorMessage(e)));
    }
  }

  async function read({ file }: Locked, filePassword?: string) {
    setReading(true);
    setError(null);
    try {
      const result = await track(
        startBackupJob(
          { type: 'inspect', source: sourceOf(file), checkAnchor: true, ...(filePassword ? { password: filePassword } : {}) },
          { onProgress: show(backupText.readingProgress), readRange: file.read },
        ),
      );
      if (result.ok) {
        setLocked(null);
        setChosen({ file, backup: result.backup });
      } else if (result.needsPassword) {
        setLocked({ file });
        if (filePassword) setError(result.error);
      } else {
        setError(result.error);
      }
    } catch (e) {
      setError(isBackupCancelled(e) ? backupText.readCancelled : backupText.openFailed(errorMessage(e)));
    } finally {
      setReading(false);
      setProgress(null);
    }
  }

  async function restore({ file, backup }: Chosen) {
    setRestoring(true);
    const db = getDb();
    const ctx = defaultContext(db);
    const stamp = await resolveStamp(ctx);
    let cancelled = false;
    try {
      // The heavy steps run in the worker: the safety copy, then the restore in one transaction.
      const result = await restoreInspected(
        ctx,
        onThisPage(backup, file),
        async ({ blob, fileName }) => {
          const write = writeBackupFile(blob, fileName, { isCancelled: () => cancelled });
          await track({ result: write, cancel: () => (cancelled = true) });
        },
        {
          steps: {
            takeSafetyBackup: () => track(startBackupFile(ctx.now(), { onProgress: show(backupText.safetyProgress) })),
            restore: async () => {
              const job = startBackupJob(
                { type: 'restore', dbName: db.name, backup, stamp },
                { onProgress: show(backupText.restoringProgress), readRange: file.read },
              );
              try {
                await track(job);
              } catch (error) {
                // A cancel that came as the transaction committed: the data is restored after all.
                if (!isBackupCancelled(error) || !(await restoreLanded(db, stamp.at))) throw error;
              }
              // The data is restored: an anchor that cannot move is reported by the next check, not here.
              await moveAnchorAfterRestore(db, stamp.at).catch((error: unknown) =>
                console.error('[sikkerhetskopi] ankeret kunne ikke flyttes etter gjenopprettingen', error),
              );
            },
          },
        },
      );
      if (!result.ok) {
        setError(cancelled ? backupText.restoreCancelled : result.error);
        return;
      }
      replaceFile(null);
      rememberRestoredNotice(backupText.restored(createdText(result.preview), result.safetyFileName));
      // Drop the open connection so the reload (or the next reader) starts from the restored data.
      resetDb();
      onRestored();
    } catch (e) {
      setError(isBackupCancelled(e) || cancelled ? backupText.restoreCancelled : backupText.restoreFailed(errorMessage(e)));
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
            helperText={backupText.needsPassword(locked.file.name)}
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
      {cancellable && !restoring ? <Button onClick={() => running.current?.cancel()}>{backupText.cancel}</Button> : null}
      <div role="alert" style={{ alignSelf: 'stretch' }}>
        {error ? <Alert role="none" severity="error">{error}</Alert> : null}
      </div>
      {chosen ? (
        <>
          <RestorePreview fileName={chosen.file.name} preview={chosen.backup.preview} />
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
            progress={progress}
            onAbort={cancellable ? () => running.current?.cancel() : null}
          />
        </>
      ) : null}
    </Stack>
  );
}
