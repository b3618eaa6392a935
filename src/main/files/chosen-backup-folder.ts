// The backup folder the officer picked in the native dialog, remembered by main in its own file
// under userData. writeBackup writes only there (or to the default folder): the renderer can ask for
// a folder, but only one that came out of the dialog is granted.
import { readFile } from 'node:fs/promises';
import { writeFileDurably } from './durable-write';
import { join, resolve } from 'node:path';

const FILE_NAME = 'valgt-mappe-for-sikkerhetskopier.json';

function storePath(userDataPath: string): string {
  return join(userDataPath, FILE_NAME);
}

/** The remembered folder, or undefined when none was chosen (or the file is unreadable). */
export async function readChosenBackupFolder(userDataPath: string): Promise<string | undefined> {
  try {
    const parsed = JSON.parse(await readFile(storePath(userDataPath), 'utf8')) as { folder?: unknown };
    return typeof parsed.folder === 'string' && parsed.folder.length > 0 ? parsed.folder : undefined;
  } catch {
    return undefined;
  }
}

export async function rememberChosenBackupFolder(userDataPath: string, folder: string): Promise<void> {
  await writeFileDurably(storePath(userDataPath), JSON.stringify({ folder: resolve(folder) }));
}
