// "Ta sikkerhetskopi nå": the whole database as one file, handed to the platform (a file in the
// backup folder in Electron, a download in the browser). Returns a sentence saying where it went.
import { getDb } from '@renderer/data/db';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { getPlatform } from '@renderer/platform';
import { createBackup, encryptBackup } from '@renderer/services/backup';
import { ensureAnchorStore } from '@renderer/features/change-log/AnchorKeeper';
import { backupKeepCount } from '@renderer/services/backup/auto-backup';
import { backupText } from '@renderer/i18n/backup';

/** Writes a backup file through the platform, into the configured folder and keeping the configured number in Electron. */
export async function writeBackupFile(bytes: Uint8Array, fileName: string): Promise<string> {
  const settings = await getDb().settings.get(SETTINGS_ID);
  const keep = backupKeepCount(settings);
  const folder = settings?.backupFolder;
  const { location } = await getPlatform().writeBackup({ fileName, bytes, keep, ...(folder ? { folder } : {}) });
  return location;
}

export function backupSavedText(location: string): string {
  return getPlatform().kind === 'electron' ? backupText.savedElectron(location) : backupText.savedBrowser(location);
}

/** With a password the file is encrypted (AES-GCM, key from PBKDF2); the name stays the same. */
export async function takeBackupNow(now: Date = new Date(), password?: string): Promise<string> {
  const store = ensureAnchorStore();
  const { bytes, fileName } = await createBackup(getDb(), now, (head, at) => store.sign(head, at));
  const written = password ? await encryptBackup(bytes as Uint8Array<ArrayBuffer>, password) : bytes;
  return backupSavedText(await writeBackupFile(written, fileName));
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
