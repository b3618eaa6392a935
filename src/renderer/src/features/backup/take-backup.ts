// "Ta sikkerhetskopi nå": the whole database as one file, handed to the platform (a file in the
// backup folder in Electron, a download in the browser). Returns a sentence saying where it went.
import { getDb } from '@renderer/data/db';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import { createBackup, type BackupProgress } from '@renderer/services/backup';
import { ensureAnchorStore } from '@renderer/features/change-log/AnchorKeeper';
import { backupKeepCount } from '@renderer/services/backup/auto-backup';
import { backupText } from '@renderer/i18n/backup';

/** Writes a backup file through the platform, into the configured folder and keeping the configured number in Electron. */
export async function writeBackupFile(data: Blob, fileName: string): Promise<string> {
  const settings = await getDb().settings.get(SETTINGS_ID);
  const keep = backupKeepCount(settings);
  const folder = settings?.backupFolder;
  const { location } = await getPlatform().writeBackup({ fileName, data, keep, ...(folder ? { folder } : {}) });
  return location;
}

export function backupSavedText(location: string): string {
  return getPlatform().kind === 'electron' ? backupText.savedElectron(location) : backupText.savedBrowser(location);
}

/** With a password every entry is encrypted (AES-GCM, key from PBKDF2); the name stays the same. */
export async function takeBackupNow(
  now: Date = new Date(),
  password?: string,
  onProgress?: (progress: BackupProgress) => void,
): Promise<string> {
  const store = ensureAnchorStore();
  const { blob, fileName } = await createBackup(getDb(), now, (head, at) => store.sign(head, at), {
    ...(password ? { password } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  return backupSavedText(await writeBackupFile(blob, fileName));
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
