// Backups live in one folder under userData; the renderer names the file but never the folder.
import { join } from 'node:path';

export const BACKUP_FOLDER_NAME = 'sikkerhetskopier';

export function backupFolder(userDataPath: string): string {
  return join(userDataPath, BACKUP_FOLDER_NAME);
}
