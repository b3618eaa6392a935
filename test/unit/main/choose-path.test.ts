import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real electron package cannot be imported in plain Node: its dialog and windows are stand-ins.
const window = { id: 1 };
const electron = vi.hoisted(() => ({
  windows: new Map<unknown, unknown>(),
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
}));
vi.mock('electron', () => ({
  BrowserWindow: { fromWebContents: (sender: unknown) => electron.windows.get(sender) ?? null },
  dialog: { showOpenDialog: electron.showOpenDialog, showSaveDialog: electron.showSaveDialog },
}));

const { chooseOpenPath, chooseSavePath, openOneFile } = await import('../../../src/main/ipc/choose-path');

const sender = { name: 'the asking window' };
const event = { sender } as unknown as IpcMainInvokeEvent;
const options = { title: 'Åpne fil', properties: ['openFile' as const] };

describe('chooseOpenPath / chooseSavePath', () => {
  beforeEach(() => {
    electron.windows.clear();
    electron.showOpenDialog.mockReset();
    electron.showSaveDialog.mockReset();
  });

  it('shows the dialog over the window that asked and gives the first path chosen', async () => {
    electron.windows.set(sender, window);
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/kari/a.zip', '/home/kari/b.zip'] });
    expect(await chooseOpenPath(event, options)).toBe('/home/kari/a.zip');
    expect(electron.showOpenDialog).toHaveBeenCalledWith(window, options);
  });

  it('shows a dialog of its own when the window that asked is gone', async () => {
    electron.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/kari/a.zip'] });
    expect(await chooseOpenPath(event, options)).toBe('/home/kari/a.zip');
    expect(electron.showOpenDialog).toHaveBeenCalledWith(options);
  });

  it('gives null when the officer cancels or chooses nothing', async () => {
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: ['/home/kari/a.zip'] });
    expect(await chooseOpenPath(event, options)).toBeNull();
    electron.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    expect(await chooseOpenPath(event, options)).toBeNull();
  });

  it('gives the save path, or null when the save dialog is cancelled', async () => {
    electron.windows.set(sender, window);
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/kari/brev.pdf' });
    expect(await chooseSavePath(event, { title: 'Lagre fil' })).toBe('/home/kari/brev.pdf');
    expect(electron.showSaveDialog).toHaveBeenCalledWith(window, { title: 'Lagre fil' });
    electron.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await chooseSavePath(event, { title: 'Lagre fil' })).toBeNull();
  });

  it('asks for one file, with the file types only when the request gives them', () => {
    const zip = [{ name: 'Sikkerhetskopi', extensions: ['zip'] }];
    expect(openOneFile('Åpne sikkerhetskopi', zip)).toEqual({ title: 'Åpne sikkerhetskopi', buttonLabel: 'Åpne', properties: ['openFile'], filters: zip });
    expect(openOneFile('Åpne fil', undefined)).not.toHaveProperty('filters');
  });
});
