// The Norwegian application menu as a pure function, so it can be tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/platform';

export interface MenuHandlers {
  /** Forwards a command to the renderer, which owns the data and the dialogs. */
  sendCommand(command: MenuCommand): void;
}

export interface MenuContext {
  isPackaged: boolean;
  platform: NodeJS.Platform;
}

export const APP_NAME = 'Tilskudd frivillige';

export function buildMenuTemplate(
  handlers: MenuHandlers,
  { isPackaged, platform }: MenuContext,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const command = (name: MenuCommand) => () => handlers.sendCommand(name);

  const about: MenuItemConstructorOptions = { label: `Om ${APP_NAME}`, click: command('about') };
  const settings: MenuItemConstructorOptions = {
    label: 'Innstillinger …',
    accelerator: 'CmdOrCtrl+,',
    click: command('settings'),
  };
  const quit: MenuItemConstructorOptions = { label: 'Avslutt', role: 'quit' };
  // The guide is a page inside the program, so it works offline and without the repository.
  const guide: MenuItemConstructorOptions = { label: 'Brukerveiledning', accelerator: 'F1', click: command('help') };

  const view: MenuItemConstructorOptions[] = [
    { label: 'Last inn på nytt', role: 'reload' },
    { type: 'separator' },
    { label: 'Zoom inn', role: 'zoomIn' },
    { label: 'Zoom ut', role: 'zoomOut' },
    { label: 'Faktisk størrelse', role: 'resetZoom' },
    { type: 'separator' },
    { label: 'Fullskjerm', role: 'togglefullscreen' },
  ];
  if (!isPackaged) {
    view.push({ type: 'separator' }, { label: 'Utviklerverktøy', role: 'toggleDevTools' });
  }

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    // macOS puts About, Settings and Quit in the application menu.
    template.push({
      label: APP_NAME,
      submenu: [about, { type: 'separator' }, settings, { type: 'separator' }, quit],
    });
  }
  template.push(
    {
      label: 'Fil',
      submenu: [
        { label: 'Ta sikkerhetskopi nå', click: command('backup-now') },
        ...(isMac ? [] : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, quit]),
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        { label: 'Angre', role: 'undo' },
        { label: 'Gjør om', role: 'redo' },
        { type: 'separator' },
        { label: 'Klipp ut', role: 'cut' },
        { label: 'Kopier', role: 'copy' },
        { label: 'Lim inn', role: 'paste' },
        { label: 'Merk alt', role: 'selectAll' },
      ],
    },
    { label: 'Vis', submenu: view },
    { label: 'Hjelp', submenu: [guide, { type: 'separator' }, about] },
  );
  return template;
}
