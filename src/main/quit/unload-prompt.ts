// A form with unsaved changes holds the page's unload (beforeunload). A browser asks the user;
// Electron only cancels the close silently, so the question is asked here: leave (close or reload
// anyway) or stay (the window stays, with what was typed).
import { dialog, type BrowserWindow } from 'electron';

export const UNLOAD_PROMPT = {
  title: 'Ulagrede endringer',
  message: 'Gå fra siden uten å lagre?',
  detail: 'Du har endringer som ikke er lagret. Går du fra siden nå, går endringene tapt.',
  buttons: ['Bli her', 'Gå uten å lagre'],
} as const;

/** The index of «Gå uten å lagre» in UNLOAD_PROMPT.buttons; «Bli her» (0) is the safe default. */
export const LEAVE_BUTTON = 1;

/** `onStay` runs when the officer keeps the window, e.g. to undo a close or quit in progress. */
export function installUnloadPrompt(window: BrowserWindow, onStay: () => void): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      title: UNLOAD_PROMPT.title,
      message: UNLOAD_PROMPT.message,
      detail: UNLOAD_PROMPT.detail,
      buttons: [...UNLOAD_PROMPT.buttons],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    });
    // preventDefault here overrides the page's hold: the window unloads.
    if (choice === LEAVE_BUTTON) event.preventDefault();
    else onStay();
  });
}
