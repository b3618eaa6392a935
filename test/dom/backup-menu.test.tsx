// The native menu's "Ta sikkerhetskopi nå" works from any page and says where the backup went.
import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import type { WriteBackupRequest } from '@shared/platform';
import { completeSetup, renderApp } from './helpers/render-app';
import { beforeQuitTaskCount, fakePlatform, sendBeforeQuit, sendMenuCommand } from './helpers/fake-platform';

const writeBackup = vi.fn(async (request: WriteBackupRequest) => ({ location: `/data/sikkerhetskopier/${request.fileName}` }));

vi.mock('@renderer/platform', async () => {
  const { fakePlatform: platform } = await import('./helpers/fake-platform');
  return { getPlatform: () => platform };
});

describe('the backup menu command', { timeout: 20_000 }, () => {
  it('writes a backup with the default keep count and shows where it went', async () => {
    Object.assign(fakePlatform, { writeBackup });
    await completeSetup();
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' }, { timeout: 8000 });
    act(() => sendMenuCommand('backup-now'));
    expect(await screen.findByText(/^Sikkerhetskopien er lastet ned som \/data\/sikkerhetskopier\/sikkerhetskopi-.*\.zip/, {}, { timeout: 8000 })).toBeTruthy();
    expect(writeBackup).toHaveBeenCalledTimes(1);
    expect(writeBackup.mock.calls[0]![0]).toMatchObject({ keep: 14 });
  });

  it('writes a backup into the chosen folder when the window is about to close', async () => {
    writeBackup.mockClear();
    Object.assign(fakePlatform, { writeBackup });
    await completeSetup();
    const { updateSettings } = await import('@renderer/services/settings');
    const { defaultContext } = await import('@renderer/services/context');
    await updateSettings(defaultContext(), { backupFolder: '/mnt/felles/backup' });
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' }, { timeout: 8000 });
    // The page can be on screen a moment before the shell's effects have registered the task.
    await waitFor(() => expect(beforeQuitTaskCount()).toBe(1));
    await act(() => sendBeforeQuit());
    expect(writeBackup).toHaveBeenCalledTimes(1);
    expect(writeBackup.mock.calls[0]![0]).toMatchObject({ folder: '/mnt/felles/backup', keep: 14 });
  });
});
