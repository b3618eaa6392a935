// Sandboxed preload: exposes the Platform as window.platform. No npm imports (only electron and
// our own zod-free constants), so it bundles into one small CommonJS file.
import { contextBridge, ipcRenderer } from 'electron';
import { BEFORE_QUIT_CHANNEL, InvokeChannel, MENU_COMMANDS, MENU_COMMAND_CHANNEL } from '@shared/ipc-channels';
import type { IpcResult } from '@shared/ipc-channels';
import type { IpcRequest, IpcResponse } from '@shared/ipc-contract';
import type { MenuCommand, Platform } from '@shared/platform';

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
    const file = await invoke(InvokeChannel.openFile, { ...request, purpose: 'backup' });
    return file && { name: file.name, blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>]) };
  },
  async writeBackup({ data, ...request }) {
    return invoke(InvokeChannel.writeBackup, { ...request, bytes: new Uint8Array(await data.arrayBuffer()) });
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
