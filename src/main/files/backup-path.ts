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
export const BACKUP_FOLDER_NOT_CHOSEN =
  'Mappen for sikkerhetskopier er ikke valgt i dette programmet. Velg den på nytt under Innstillinger → Sikkerhetskopi.';
export const BACKUP_NAME_REFUSED = 'Bare sikkerhetskopier som programmet selv har navngitt, kan skrives til mappen.';

/** sikkerhetskopi-YYYY-MM-DD-HHmmss.zip (.json before backup version 2), the only names the program gives its backups. */
const PROGRAM_BACKUP_NAME = /^sikkerhetskopi-\d{4}-\d{2}-\d{2}-\d{6}\.(?:zip|json)$/;

/**
 * The folder to write into and the full path of the file. Throws BackupFolderError when the
 * requested folder is not absolute, is not the one the officer chose in the dialog (`chosenFolder`,
 * remembered by main), the name is not one the program gives, or the file would land outside.
 */
export function resolveBackupTarget(
  userDataPath: string,
  fileName: string,
  requestedFolder?: string,
  chosenFolder?: string,
): { folder: string; target: string } {
  if (requestedFolder !== undefined && (!isAbsolute(requestedFolder) || requestedFolder.includes('\0'))) {
    throw new BackupFolderError(BACKUP_FOLDER_NOT_ABSOLUTE);
  }
  if (requestedFolder !== undefined && (chosenFolder === undefined || resolve(requestedFolder) !== resolve(chosenFolder))) {
    throw new BackupFolderError(BACKUP_FOLDER_NOT_CHOSEN);
  }
  if (!PROGRAM_BACKUP_NAME.test(fileName)) {
    // Checked after the folder, so a name that tries to leave the folder still says so.
    if (fileName.includes('/') || fileName.includes('\\') || fileName === '.' || fileName === '..') {
      throw new BackupFolderError(BACKUP_TARGET_OUTSIDE);
    }
    throw new BackupFolderError(BACKUP_NAME_REFUSED);
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
