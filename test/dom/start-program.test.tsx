// The program's start: the first screen's chunks and the settings are read before React draws, so
// the first render is the real screen, not a splash that a second render replaces.
import { describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { App } from '@renderer/app/App';
import { startProgram } from '@renderer/app/start-program';
import { writeShellHint } from '@renderer/components/shell-hint';
import { useSettingsState, type CurrentSettings } from '@renderer/components/use-settings-state';
import { getDb } from '@renderer/data/db';
import { completeSetup } from './helpers/render-app';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

const SPLASH = 'Starter programmet …';

// The first start loads (and transforms) the shell and a page: slow on a busy machine.
describe('startProgram', { timeout: 30_000 }, () => {
  it('reads a returning officer’s settings before the first render, which then draws the shell, not the splash', async () => {
    await completeSetup('4601', 'Kari Nordmann');
    window.location.hash = '#/vedtak';
    const start = await startProgram(window.location.hash);
    expect(start.settings?.settings.officerName).toBe('Kari Nordmann');
    expect(start.settings?.municipality?.name).toBe('Bergen');

    await act(async () => {
      render(<App start={start} />);
    });
    expect(screen.queryByText(SPLASH)).toBeNull();
    expect(screen.getByRole('banner').textContent).toContain('Bergen kommune');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vedtak og brev' })).toBeTruthy();
  });

  it('tells a new officer’s first render to draw the setup page', async () => {
    const start = await startProgram('');
    expect(start).toEqual({ settings: null });
    await act(async () => {
      render(<App start={start} />);
    });
    expect(screen.queryByText(SPLASH)).toBeNull();
    expect(await screen.findByRole('heading', { level: 1, name: 'Velkommen' })).toBeTruthy();
  });

  it('does not wait for the settings when the list opens on the remembered officer', async () => {
    await completeSetup('4601', 'Kari Nordmann');
    writeShellHint({ municipality: 'Bergen kommune', officerName: 'Kari Nordmann' });
    expect(await startProgram('#/soknader')).toEqual({});
    // Without the remembered officer the list is one page among others: it waits for them.
    window.localStorage.clear();
    expect((await startProgram('#/soknader')).settings?.settings.officerName).toBe('Kari Nordmann');
  });
});

describe('useSettingsState with the settings read at start', () => {
  it('keeps the start’s settings object while the database says the same, and follows a change', async () => {
    await completeSetup('4601', 'Kari Nordmann');
    const start = (await startProgram('#/')).settings as CurrentSettings;
    const stale: CurrentSettings = { ...start, settings: { ...start.settings, officerName: 'Ola Nordmann' } };
    const same = renderHook(() => useSettingsState(start));
    const other = renderHook(() => useSettingsState(stale));
    // Once the live query has answered, the stale start is replaced, and the equal one is kept as is.
    await waitFor(() => expect((other.result.current as CurrentSettings).settings.officerName).toBe('Kari Nordmann'));
    expect(same.result.current).toBe(start);

    await act(async () => {
      await getDb().settings.update('app', { officerName: 'Kari Endret' });
    });
    await waitFor(() => expect((same.result.current as CurrentSettings).settings.officerName).toBe('Kari Endret'));
  });
});
