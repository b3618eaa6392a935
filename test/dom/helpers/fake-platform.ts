// A browser-like Platform for DOM tests; menu listeners are kept so a test can send commands.
import { vi } from 'vitest';
import type { AppInfo, MenuCommand, Platform } from '@shared/platform';

const listeners = new Set<(command: MenuCommand) => void>();
const beforeQuitTasks = new Set<() => Promise<void>>();

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
  onBeforeQuit: (task: () => Promise<void>) => {
    beforeQuitTasks.add(task);
    return () => beforeQuitTasks.delete(task);
  },
} as unknown as Platform;

/** How many before-quit tasks are registered (they are, in an effect, just after the shell draws). */
export function beforeQuitTaskCount(): number {
  return beforeQuitTasks.size;
}

/** What the preload does when main says the window is closing: run every task, ignore failures. */
export async function sendBeforeQuit(): Promise<void> {
  await Promise.allSettled([...beforeQuitTasks].map((task) => task()));
}

export function sendMenuCommand(command: MenuCommand): void {
  for (const listener of listeners) listener(command);
}
