import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../src/main/menu/menu-template';
import type { MenuCommand } from '../../../src/shared/platform';

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  expect(menu, label).toBeDefined();
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? '');
}

function click(item: MenuItemConstructorOptions | undefined): void {
  // The click signature wants Electron objects we do not need here.
  (item?.click as unknown as () => void)();
}

describe('buildMenuTemplate', () => {
  const windows = { isPackaged: true, platform: 'win32' as const };

  it('has the Norwegian top-level menus', () => {
    const template = buildMenuTemplate({ sendCommand: vi.fn() }, windows);
    expect(template.map((item) => item.label)).toEqual(['Fil', 'Rediger', 'Vis', 'Hjelp']);
    expect(labels(submenu(template, 'Fil'))).toEqual([
      'Ta sikkerhetskopi nå',
      'Innstillinger …',
      'Avslutt',
    ]);
    expect(labels(submenu(template, 'Rediger'))).toEqual([
      'Angre',
      'Gjør om',
      'Klipp ut',
      'Kopier',
      'Lim inn',
      'Merk alt',
    ]);
    expect(labels(submenu(template, 'Vis'))).toEqual([
      'Last inn på nytt',
      'Zoom inn',
      'Zoom ut',
      'Faktisk størrelse',
      'Fullskjerm',
    ]);
    expect(labels(submenu(template, 'Hjelp'))).toEqual(['Brukerveiledning', 'Om Tilskudd frivillige']);
  });

  it('sends renderer commands for backup, settings and about', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ sendCommand: (c) => sent.push(c) }, windows);
    const fil = submenu(template, 'Fil');
    click(fil.find((item) => item.label === 'Ta sikkerhetskopi nå'));
    click(fil.find((item) => item.label === 'Innstillinger …'));
    click(submenu(template, 'Hjelp').find((item) => item.label === 'Om Tilskudd frivillige'));
    expect(sent).toEqual(['backup-now', 'settings', 'about']);
  });

  it('opens the user guide from Hjelp and with F1', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ sendCommand: (c) => sent.push(c) }, windows);
    const guide = submenu(template, 'Hjelp').find((item) => item.label === 'Brukerveiledning');
    expect(guide?.accelerator).toBe('F1');
    click(guide);
    expect(sent).toEqual(['help']);
  });

  it('offers developer tools only in unpackaged runs', () => {
    const packaged = buildMenuTemplate({ sendCommand: vi.fn() }, windows);
    const dev = buildMenuTemplate({ sendCommand: vi.fn() }, { ...windows, isPackaged: false });
    const roles = (t: MenuItemConstructorOptions[]) => submenu(t, 'Vis').map((item) => item.role);
    expect(roles(packaged)).not.toContain('toggleDevTools');
    expect(roles(dev)).toContain('toggleDevTools');
  });

  it('moves quit and settings to the application menu on macOS', () => {
    const template = buildMenuTemplate({ sendCommand: vi.fn() }, { isPackaged: true, platform: 'darwin' });
    expect(template[0]?.label).toBe('Tilskudd frivillige');
    expect(labels(submenu(template, 'Fil'))).toEqual(['Ta sikkerhetskopi nå']);
  });
});
