// Runs app-wide below the shell: asks for persistent storage once, takes the daily automatic
// backup and the backup when the window closes in Electron, and answers the menu's "Ta sikkerhetskopi nå" wherever the officer is.
import { useEffect, useState } from 'react';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { getPlatform } from '@renderer/platform';
import { backupText } from '@renderer/i18n/backup';

// The backup code (every table's schema) loads on demand, so it stays out of the shell's chunk.
const loadAutoBackup = () => import('@renderer/services/backup/auto-backup');
const loadTakeBackup = () => import('./take-backup');
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

type Notice = { severity: 'success' | 'error'; text: string } | null;

// Once per app start, even if the shell remounts.
let autoBackupStarted = false;

export function BackupAgent() {
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void loadAutoBackup().then((m) => m.requestPersistentStorage());
    if (autoBackupStarted || getPlatform().kind !== 'electron') return;
    autoBackupStarted = true;
    (async () => {
      const [{ runAutoBackupIfDue }, { writeBackupFile }, { defaultContext }] = await Promise.all([
        loadAutoBackup(),
        loadTakeBackup(),
        import('@renderer/services/context'),
      ]);
      await runAutoBackupIfDue(defaultContext(), async ({ bytes, fileName }) => ({
        location: await writeBackupFile(bytes, fileName),
      }));
    })().catch((error: unknown) => setNotice({ severity: 'error', text: backupText.autoFailed(messageOf(error)) }));
  }, []);

  // Main waits (bounded) for this before the window closes; a failure is only logged, since the
  // window is going away and quitting must never be blocked.
  useEffect(
    () =>
      getPlatform().onBeforeQuit(async () => {
        try {
          const [{ runBackupBeforeQuit }, { writeBackupFile }, { defaultContext }] = await Promise.all([
            loadAutoBackup(),
            loadTakeBackup(),
            import('@renderer/services/context'),
          ]);
          await runBackupBeforeQuit(defaultContext(), async ({ bytes, fileName }) => ({
            location: await writeBackupFile(bytes, fileName),
          }));
        } catch (error) {
          console.error('[backup] backup before closing failed', error);
        }
      }),
    [],
  );

  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        if (command !== 'backup-now') return;
        loadTakeBackup()
          .then((m) => m.takeBackupNow())
          .then(
            (text) => setNotice({ severity: 'success', text }),
            (error: unknown) => setNotice({ severity: 'error', text: backupText.backupFailed(messageOf(error)) }),
          );
      }),
    [],
  );

  return (
    <Snackbar
      open={notice !== null}
      onClose={(_event, reason) => reason !== 'clickaway' && setNotice(null)}
      autoHideDuration={notice?.severity === 'error' ? null : 8000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
    >
      {notice ? (
        <Alert severity={notice.severity} onClose={() => setNotice(null)} variant="filled">
          {notice.text}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
