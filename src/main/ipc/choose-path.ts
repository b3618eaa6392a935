// The file dialogs behind every «open», «save» and «choose folder» request: modal to the window that
// asked when it still exists, and the chosen path, or null when the officer cancels.
import { BrowserWindow, dialog } from 'electron';
import type { FileFilter, IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron';

export function ownerWindow(event: IpcMainInvokeEvent): BrowserWindow | null {
  return BrowserWindow.fromWebContents(event.sender);
}

/** The first file or folder chosen in an open dialog, or null when cancelled. */
export async function chooseOpenPath(event: IpcMainInvokeEvent, options: OpenDialogOptions): Promise<string | null> {
  const window = ownerWindow(event);
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  return result.canceled || !path ? null : path;
}

/** The path chosen in a save dialog, or null when cancelled. */
export async function chooseSavePath(event: IpcMainInvokeEvent, options: SaveDialogOptions): Promise<string | null> {
  const window = ownerWindow(event);
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** An open dialog for one file, with the request's file types when it gives any. */
export function openOneFile(title: string, filters: FileFilter[] | undefined): OpenDialogOptions {
  return { title, buttonLabel: 'Åpne', properties: ['openFile'], ...(filters ? { filters } : {}) };
}
