// Innstillinger → Sikkerhetskopi in Electron: the backup folder is shown, "Velg mappe …" stores the
// folder from the native dialog, and every backup is then written there.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Platform, WriteBackupRequest } from '@shared/platform';
import { CurrentSettingsContext } from '@renderer/components/current-settings';
import { useSettingsState } from '@renderer/components/use-settings-state';
import { BackupSection } from '@renderer/features/backup/BackupSection';
import { takeBackupNow } from '@renderer/features/backup/take-backup';
import { completeSetup } from './helpers/render-app';

const SLOW = { timeout: 8000 };

const electron = {
  kind: 'electron',
  chooseBackupFolder: vi.fn(async (): Promise<string | null> => 'D:\\Felles\\Tilskudd\\Sikkerhetskopier'),
  writeBackup: vi.fn(async (request: WriteBackupRequest) => ({ location: `${request.folder ?? 'standard'}\\${request.fileName}` })),
  onMenuCommand: () => () => {},
  onBeforeQuit: () => () => {},
  openFile: vi.fn(),
} as unknown as Platform & {
  chooseBackupFolder: ReturnType<typeof vi.fn>;
  writeBackup: ReturnType<typeof vi.fn>;
};

beforeAll(() => {
  // The real getPlatform: it picks window.platform, as the preload would set it.
  window.platform = electron;
});

function WithSettings({ children }: { children: ReactNode }) {
  const state = useSettingsState();
  if (state === 'loading' || state === null) return null;
  return <CurrentSettingsContext.Provider value={state}>{children}</CurrentSettingsContext.Provider>;
}

describe('the backup folder setting (Electron)', { timeout: 20_000 }, () => {
  it('shows the default folder, stores the chosen one and writes backups there', async () => {
    await completeSetup();
    render(
      <WithSettings>
        <BackupSection />
      </WithSettings>,
    );

    expect(await screen.findByText(/standardmappen «sikkerhetskopier»/, {}, SLOW)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Velg mappe …' }));

    expect(
      await screen.findByText('Sikkerhetskopiene lagres i D:\\Felles\\Tilskudd\\Sikkerhetskopier', {}, SLOW),
    ).toBeTruthy();
    expect(screen.getByText(/Mappen er lagret/)).toBeTruthy();
    expect(electron.chooseBackupFolder).toHaveBeenCalledTimes(1);

    await takeBackupNow();
    expect(electron.writeBackup.mock.calls.at(-1)![0]).toMatchObject({
      folder: 'D:\\Felles\\Tilskudd\\Sikkerhetskopier',
      keep: 14,
    });
  });

  it('keeps the folder when the dialog is cancelled', async () => {
    electron.chooseBackupFolder.mockResolvedValueOnce(null);
    await completeSetup();
    render(
      <WithSettings>
        <BackupSection />
      </WithSettings>,
    );
    const button = await screen.findByRole('button', { name: 'Velg mappe …' }, SLOW);
    expect(screen.getByText(/standardmappen «sikkerhetskopier»/)).toBeTruthy();
    fireEvent.click(button);
    await vi.waitFor(() => expect(electron.chooseBackupFolder).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(button.hasAttribute('disabled')).toBe(false));
    expect(screen.getByText(/standardmappen «sikkerhetskopier»/)).toBeTruthy();
    expect(screen.queryByText(/Mappen er lagret/)).toBeNull();
  });
});
