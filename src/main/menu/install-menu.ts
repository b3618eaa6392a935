import { BrowserWindow, Menu } from 'electron';
import { MENU_COMMAND_CHANNEL } from '@shared/ipc-channels';
import type { MenuCommand } from '@shared/platform';
import { buildMenuTemplate } from './menu-template';

export function installApplicationMenu(isPackaged: boolean): void {
  const sendCommand = (command: MenuCommand): void => {
    const target = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    target?.webContents.send(MENU_COMMAND_CHANNEL, command);
  };
  const template = buildMenuTemplate({ sendCommand }, { isPackaged, platform: process.platform });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
