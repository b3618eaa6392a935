// The implementations behind every Platform method in Electron.
import { mkdir, stat, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, safeStorage, shell } from 'electron';
import { InvokeChannel } from '@shared/ipc-channels';
import { MAX_OPEN_FILE_BYTES, fileTooLargeMessage } from '@shared/file-limits';
import { sanitizeFileName } from '../files/sanitize-file-name';
import { BackupFolderError, resolveBackupTarget } from '../files/backup-path';
import { readChosenBackupFolder, rememberChosenBackupFolder } from '../files/chosen-backup-folder';
import { closeBackupDone } from '../quit/install-close-guard';
import { pruneBackups } from '../files/backup-retention';
import { writeFilesToFolder } from '../files/write-files';
import { handleChangeLogAnchor } from '../files/change-log-anchor';
import { diskRoomProblem, writeFileDurably } from '../files/durable-write';
import { BackupSessionError, BackupSessions } from '../files/backup-sessions';
import { handle } from './handle';
import type { HandleOptions } from './handle';
import { UserFacingError } from './user-facing-error';
import { WINDOW_TITLE } from '../security/window-options';
import { chooseOpenPath, chooseSavePath, openOneFile } from './choose-path';

/** Creates the backup folder when missing; says plainly in Norwegian when that is not possible. */
async function ensureFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder, { recursive: true });
    if (!(await stat(folder)).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new UserFacingError(
      `Mappen for sikkerhetskopier finnes ikke og kan ikke opprettes: ${folder}. Velg en annen mappe i Innstillinger.`,
    );
  }
}

/** The backups being written or read in chunks (one set for the app: sessions are random ids). */
export const backupSessions = new BackupSessions();
/** How many backups to keep, per write session, applied once it is finished. */
const keep = new Map<string, number | undefined>();

/** Session errors are the officer's to read; others are wrapped as unexpected by handle(). */
async function sessionCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupSessionError) throw new UserFacingError(error.message);
    throw error;
  }
}

export function registerIpcHandlers(options: HandleOptions): void {
  handle(
    InvokeChannel.saveFile,
    async (request, event) => {
      const path = await chooseSavePath(event, {
        title: 'Lagre fil',
        buttonLabel: 'Lagre',
        defaultPath: join(app.getPath('documents'), sanitizeFileName(request.suggestedName)),
        ...(request.filters ? { filters: request.filters } : {}),
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (path === null) return { saved: false };
      await writeFileDurably(path, request.bytes);
      return { saved: true, path };
    },
    options,
  );

  handle(
    InvokeChannel.saveFiles,
    async (request, event) => {
      const parent = await chooseOpenPath(event, {
        title: `Velg hvor mappen «${request.folderName}» skal lagres`,
        buttonLabel: 'Lagre her',
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      });
      if (parent === null) return { saved: false };
      const folder = await writeFilesToFolder(parent, request.folderName, request.files);
      return { saved: true, path: folder };
    },
    options,
  );

  handle(
    InvokeChannel.openFile,
    async (request, event) => {
      const path = await chooseOpenPath(event, openOneFile('Åpne fil', request?.filters));
      if (path === null) return null;
      // Check the size before reading, so a huge file never lands in memory (backups are read in
      // ranges through backupReadStart instead).
      const { size } = await stat(path);
      if (size > MAX_OPEN_FILE_BYTES) throw new UserFacingError(fileTooLargeMessage(size));
      const buffer = await readFile(path);
      return { name: basename(path), bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
    },
    options,
  );

  handle(
    InvokeChannel.backupWriteStart,
    async (request) => {
      let resolved: { folder: string; target: string };
      try {
        const userData = app.getPath('userData');
        const chosen = request.folder === undefined ? undefined : await readChosenBackupFolder(userData);
        resolved = resolveBackupTarget(userData, request.fileName, request.folder, chosen);
      } catch (error) {
        if (error instanceof BackupFolderError) throw new UserFacingError(error.message);
        throw error;
      }
      const { folder, target } = resolved;
      await ensureFolder(folder);
      const room = await diskRoomProblem(folder, request.size);
      if (room) throw new UserFacingError(room);
      const session = await backupSessions.startWrite(folder, target, request.size);
      keep.set(session, request.keep);
      return { session };
    },
    options,
  );

  handle(
    InvokeChannel.backupWriteChunk,
    async (request) => {
      await sessionCall(() => backupSessions.append(request.session, request.bytes));
      return undefined;
    },
    options,
  );

  handle(
    InvokeChannel.backupWriteFinish,
    async (request) => {
      const { target, folder } = await sessionCall(() => backupSessions.finish(request.session));
      const count = keep.get(request.session);
      keep.delete(request.session);
      // Retention must never cost the backup just written: its failure is ignored.
      if (count !== undefined) await pruneBackups(folder, count).catch(() => undefined);
      return { location: target };
    },
    options,
  );

  handle(
    InvokeChannel.backupWriteAbort,
    async (request) => {
      keep.delete(request.session);
      await backupSessions.abort(request.session);
      return undefined;
    },
    options,
  );

  handle(
    InvokeChannel.backupReadStart,
    async (request, event) => {
      const path = await chooseOpenPath(event, openOneFile('Åpne sikkerhetskopi', request?.filters));
      if (path === null) return null;
      const { id, size } = await backupSessions.startRead(path);
      return { session: id, name: basename(path), size };
    },
    options,
  );

  handle(
    InvokeChannel.backupReadRange,
    (request) => sessionCall(() => backupSessions.read(request.session, request.start, request.end)),
    options,
  );

  handle(
    InvokeChannel.backupReadEnd,
    async (request) => {
      await backupSessions.endRead(request.session);
      return undefined;
    },
    options,
  );

  handle(
    InvokeChannel.appInfo,
    () => ({
      name: WINDOW_TITLE,
      version: app.getVersion(),
      kind: 'electron' as const,
      os: process.platform,
      versions: {
        electron: process.versions.electron ?? '',
        chrome: process.versions.chrome ?? '',
        node: process.versions.node,
      },
    }),
    options,
  );

  handle(
    InvokeChannel.chooseBackupFolder,
    async (_request, event) => {
      const path = await chooseOpenPath(event, {
        title: 'Velg mappe for sikkerhetskopier',
        buttonLabel: 'Velg mappe',
        properties: ['openDirectory', 'createDirectory'],
      });
      if (path === null) return null;
      // Only a folder picked here may later receive backups (see resolveBackupTarget).
      await rememberChosenBackupFolder(app.getPath('userData'), path);
      return path;
    },
    options,
  );

  handle(
    InvokeChannel.quitReady,
    (_request, event) => {
      closeBackupDone(event.sender);
      return undefined;
    },
    options,
  );

  handle(
    InvokeChannel.openExternal,
    async (request) => {
      // The contract already refused anything but http(s).
      await shell.openExternal(request.url);
      return undefined;
    },
    options,
  );

  handle(
    InvokeChannel.changeLogAnchor,
    (request) => handleChangeLogAnchor(app.getPath('userData'), safeStorage, request),
    options,
  );
}
