// Runs app-wide below the shell: asks for persistent storage once, takes the daily automatic
// backup and the backup when the window closes in Electron, and answers the menu's "Ta sikkerhetskopi nå" wherever the officer is.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { BackupNoticeValue } from './BackupNotice';
import { getPlatform } from '@renderer/platform';
import { afterStartup } from '@renderer/components/after-startup';
import { backupText } from '@renderer/i18n/backup';

// The backup code (every table's schema) loads on demand, so it stays out of the shell's chunk.
const loadAutoBackup = () => import('@renderer/services/backup/auto-backup');
const loadTakeBackup = () => import('./take-backup');
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

type Notice = BackupNoticeValue | null;

const BackupNotice = lazy(() => import('./BackupNotice'));

// Once per app start, even if the shell remounts.
let autoBackupStarted = false;

export function BackupAgent() {
  const [notice, setNotice] = useState<Notice>(null);
  const [noticeShown, setNoticeShown] = useState(false);
  if (notice && !noticeShown) setNoticeShown(true);

  // After start-up: the backup code holds every table's schema, and the first page comes first.
  useEffect(
    () =>
      afterStartup(() => {
        void loadAutoBackup().then((m) => m.requestPersistentStorage());
        if (autoBackupStarted || getPlatform().kind !== 'electron') return;
        autoBackupStarted = true;
        (async () => {
          const [{ runAutoBackupIfDue }, { writeBackupFile, backupInWorker }, { defaultContext }] = await Promise.all([
            loadAutoBackup(),
            loadTakeBackup(),
            import('@renderer/services/context'),
          ]);
          await runAutoBackupIfDue(
            defaultContext(),
            async ({ blob, fileName }) => ({ location: await writeBackupFile(blob, fileName) }),
            backupInWorker,
          );
        })().catch((error: unknown) => setNotice({ severity: 'error', text: backupText.autoFailed(messageOf(error)) }));
      }),
    [],
  );

  // Main waits (bounded) for this before the window closes; a failure is only logged, since the
  // window is going away and quitting must never be blocked.
  useEffect(
    () =>
      getPlatform().onBeforeQuit(async () => {
        try {
          const [{ runBackupBeforeQuit }, { writeBackupFile, backupInWorker }, { defaultContext }] = await Promise.all([
            loadAutoBackup(),
            loadTakeBackup(),
            import('@renderer/services/context'),
          ]);
          await runBackupBeforeQuit(
            defaultContext(),
            async ({ blob, fileName }) => ({ location: await writeBackupFile(blob, fileName) }),
            backupInWorker,
          );
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

  // The notice's parts load with the first notice: nothing of it is needed to draw the shell.
  if (!noticeShown) return null;
  return (
    <Suspense fallback={null}>
      <BackupNotice notice={notice} onClose={() => setNotice(null)} />
    </Suspense>
  );
}
