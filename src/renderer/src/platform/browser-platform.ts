// The Platform in a plain browser tab: downloads instead of save dialogs, a file input instead
// of an open dialog, window.open instead of shell.openExternal.
import { isSafeExternalUrl } from '@shared/external-url';
import { MAX_OPEN_FILE_BYTES, fileTooLargeMessage } from '@shared/file-limits';
import type { AppInfo, Platform } from '@shared/platform';
import { APP_NAME, APP_VERSION } from './app-version';
import { downloadBlob, downloadBytes } from './download';
import { pickFile } from './pick-file';
import { browserChangeLogAnchor } from './browser-anchor';

function browserOs(): string {
  const withHints = navigator as Navigator & { userAgentData?: { platform?: string } };
  return withHints.userAgentData?.platform || navigator.platform || 'ukjent';
}

export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',

    async saveFile({ suggestedName, bytes }) {
      downloadBytes(suggestedName, bytes, doc);
      // The browser does not tell us whether the user kept the download.
      return { saved: true };
    },

    async saveFiles({ folderName, files }) {
      // A download cannot make a folder: one zip instead, its code loaded only when needed.
      const { zipFiles } = await import('./zip-files');
      const name = `${folderName}.zip`;
      downloadBytes(name, zipFiles(files), doc);
      return { saved: true, path: name };
    },

    async openFile(request) {
      const file = await pickFile(request?.filters, doc);
      if (!file) return null;
      if (file.size > MAX_OPEN_FILE_BYTES) throw new Error(fileTooLargeMessage(file.size));
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },

    async openBackupFile(request) {
      // A File is a Blob on disk: the restore reads it in slices (a worker reads it by itself), so
      // no size limit applies.
      const file = await pickFile(request?.filters, doc);
      return (
        file && {
          name: file.name,
          size: file.size,
          blob: file,
          read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
          close: async () => undefined,
        }
      );
    },

    async writeBackup({ fileName, data, isCancelled }) {
      if (isCancelled?.()) throw new Error('Sikkerhetskopien ble avbrutt og er ikke lagret.');
      downloadBlob(fileName, data, doc);
      return { location: fileName };
    },

    async appInfo(): Promise<AppInfo> {
      return {
        name: APP_NAME,
        version: APP_VERSION,
        kind: 'browser',
        os: browserOs(),
        versions: { userAgent: navigator.userAgent },
      };
    },

    async openExternal(url) {
      if (!isSafeExternalUrl(url)) throw new Error('Bare lenker til kjente offentlige nettsteder (som imdi.no og lovdata.no) kan åpnes.');
      // noopener: the opened page gets no handle back to our window.
      window.open(url, '_blank', 'noopener,noreferrer');
    },

    onMenuCommand() {
      return () => {};
    },

    // A tab cannot hold its own closing for a backup, and downloads pick no folder.
    onBeforeQuit() {
      return () => {};
    },

    async chooseBackupFolder() {
      return null;
    },

    changeLogAnchor: (request) => browserChangeLogAnchor(request),
  };
}
