// Sandboxed preload: exposes the Platform as window.platform. No npm imports (only electron and
// our own zod-free constants), so it bundles into one small CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import { BEFORE_QUIT_CHANNEL, InvokeChannel, MENU_COMMANDS, MENU_COMMAND_CHANNEL } from '@shared/ipc-channels';
import type { IpcResult } from '@shared/ipc-channels';
import type { IpcRequest, IpcResponse } from '@shared/ipc-contract';
import type { MenuCommand, Platform } from '@shared/platform';

/** 8 MiB: few messages, and never more than one chunk in flight. */
const WRITE_CHUNK_BYTES = 8 * 1024 * 1024;
const WRITE_CANCELLED = 'Sikkerhetskopien ble avbrutt og er ikke lagret.';

async function invoke<C extends InvokeChannel>(
  channel: C,
  request?: IpcRequest<C>,
): Promise<IpcResponse<C>> {
  const result = (await ipcRenderer.invoke(channel, request)) as IpcResult<IpcResponse<C>>;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function isMenuCommand(value: unknown): value is MenuCommand {
  return (MENU_COMMANDS as readonly unknown[]).includes(value);
}

// Tasks to run before the window closes. Main is answered once they have all settled (or at once
// when there are none), so a renderer that registered nothing never makes main wait for its timeout.
const beforeQuitTasks = new Set<() => Promise<void>>();
ipcRenderer.on(BEFORE_QUIT_CHANNEL, () => {
  void Promise.allSettled([...beforeQuitTasks].map((task) => Promise.resolve().then(task))).then(() =>
    invoke(InvokeChannel.quitReady).catch(() => undefined),
  );
});

const platform: Platform = {
  kind: 'electron',
  saveFile: (request) => invoke(InvokeChannel.saveFile, request),
  saveFiles: (request) => invoke(InvokeChannel.saveFiles, request),
  openFile: (request) => invoke(InvokeChannel.openFile, request),
  async openBackupFile(request) {
    const opened = await invoke(InvokeChannel.backupReadStart, request?.filters ? { filters: request.filters } : undefined);
    if (!opened) return null;
    const { session, name, size } = opened;
    return {
      name,
      size,
      read: (start, end) => invoke(InvokeChannel.backupReadRange, { session, start, end }),
      close: () => invoke(InvokeChannel.backupReadEnd, { session }),
    };
  },
  async writeBackup({ data, onProgress, isCancelled, ...request }) {
    // A chunk at a time into a temporary file main renames when all of it is there: the file is
    // never one buffer here or in main, and a failure or a cancel leaves no file behind.
    const { session } = await invoke(InvokeChannel.backupWriteStart, { ...request, size: data.size });
    try {
      for (let at = 0; at < data.size; at += WRITE_CHUNK_BYTES) {
        if (isCancelled?.()) throw new Error(WRITE_CANCELLED);
        const bytes = new Uint8Array(await data.slice(at, at + WRITE_CHUNK_BYTES).arrayBuffer());
        await invoke(InvokeChannel.backupWriteChunk, { session, bytes });
        onProgress?.(Math.min(data.size, at + WRITE_CHUNK_BYTES), data.size);
      }
      if (isCancelled?.()) throw new Error(WRITE_CANCELLED);
      return await invoke(InvokeChannel.backupWriteFinish, { session });
    } catch (error) {
      await invoke(InvokeChannel.backupWriteAbort, { session }).catch(() => undefined);
      throw error;
    }
  },
  appInfo: () => invoke(InvokeChannel.appInfo),
  openExternal: (url) => invoke(InvokeChannel.openExternal, { url }),
  onMenuCommand(listener) {
    // Never hand the IpcRendererEvent to the page: it reaches into Electron internals.
    const wrapped = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_COMMAND_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, wrapped);
    };
  },
  onBeforeQuit(task) {
    // A fresh wrapper per subscription, so subscribing the same function twice runs it twice
    // and each unsubscribe removes only its own.
    const wrapped = (): Promise<void> => task();
    beforeQuitTasks.add(wrapped);
    return () => {
      beforeQuitTasks.delete(wrapped);
    };
  },
  chooseBackupFolder: () => invoke(InvokeChannel.chooseBackupFolder),
  changeLogAnchor: (request) => invoke(InvokeChannel.changeLogAnchor, request),
};

contextBridge.exposeInMainWorld('platform', platform);
