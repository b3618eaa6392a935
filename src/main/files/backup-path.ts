// Backups go to the folder the officer chose in Innstillinger, or by default to one folder under
// userData. The renderer names the file; main decides whether the folder and the target are safe.
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';

export const BACKUP_FOLDER_NAME = 'sikkerhetskopier';

export function backupFolder(userDataPath: string): string {
  return join(userDataPath, BACKUP_FOLDER_NAME);
}

export class BackupFolderError extends Error {}

export const BACKUP_FOLDER_NOT_ABSOLUTE = 'Mappen for sikkerhetskopier må være en fullstendig sti.';
export const BACKUP_TARGET_OUTSIDE = 'Sikkerhetskopien ville havnet utenfor mappen for sikkerhetskopier.';

/**
 * The folder to write into and the full path of the file. Throws BackupFolderError when the
 * requested folder is not absolute or the file would land outside it.
 */
export function resolveBackupTarget(
  userDataPath: string,
  fileName: string,
  requestedFolder?: string,
): { folder: string; target: string } {
  if (requestedFolder !== undefined && (!isAbsolute(requestedFolder) || requestedFolder.includes('\0'))) {
    throw new BackupFolderError(BACKUP_FOLDER_NOT_ABSOLUTE);
  }
  const folder = resolve(requestedFolder ?? backupFolder(userDataPath));
  const target = resolve(folder, fileName);
  // The contract already allows only bare file names; this keeps the promise if that ever changes:
  // the file must sit directly in the folder, under the very name asked for.
  if (dirname(target) !== folder || relative(folder, target) !== fileName) {
    throw new BackupFolderError(BACKUP_TARGET_OUTSIDE);
  }
  return { folder, target };
}
