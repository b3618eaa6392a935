// A browser-like Platform for DOM tests; menu listeners are kept so a test can send commands.
import { vi } from 'vitest';
import type { AppInfo, MenuCommand, Platform } from '@shared/platform';

const listeners = new Set<(command: MenuCommand) => void>();

export const fakePlatform = {
  kind: 'browser',
  appInfo: vi.fn(
    async (): Promise<AppInfo> => ({
      name: 'Tilskudd frivillige',
      version: '0.1.0',
      kind: 'browser',
      os: 'Linux x86_64',
      versions: {},
    }),
  ),
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
} as unknown as Platform;

export function sendMenuCommand(command: MenuCommand): void {
  for (const listener of listeners) listener(command);
}
