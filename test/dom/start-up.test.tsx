import { describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { readShellHint, writeShellHint } from '@renderer/components/shell-hint';
import { completeSetup, renderApp } from './helpers/render-app';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

// Records whether the setup page was ever rendered, however briefly.
const setupRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('@renderer/features/first-run/FirstRunPage', () => ({
  default: () => {
    setupRenders.count += 1;
    return <h1>Velkommen</h1>;
  },
}));

describe('start-up', () => {
  it('never flashes the setup page for a returning officer while the database opens', async () => {
    await completeSetup('4601', 'Kari Nordmann');
    setupRenders.count = 0;
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    expect(setupRenders.count).toBe(0);
  });

  it('shows the setup page to a new officer', async () => {
    setupRenders.count = 0;
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Velkommen' });
    expect(setupRenders.count).toBeGreaterThan(0);
  });

  it('remembers the municipality and officer for the next start', async () => {
    await completeSetup('4601', 'Kari Nordmann');
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    await waitFor(() => expect(readShellHint()).toEqual({ municipality: 'Bergen kommune', officerName: 'Kari Nordmann' }));
  });

  it('shows the setup page, and forgets the remembered officer, when the database has no settings', async () => {
    // Remembered from an earlier start, but the database was since cleared; the program opens on
    // the list, where the shell is drawn before the settings are read.
    writeShellHint({ municipality: 'Bergen kommune', officerName: 'Kari Nordmann' });
    window.location.hash = '#/soknader';
    setupRenders.count = 0;
    // Awaited: the shell (loaded by the tests before) draws at once and its page suspends.
    await act(async () => {
      renderApp();
    });
    await screen.findByRole('heading', { level: 1, name: 'Velkommen' });
    await waitFor(() => expect(readShellHint()).toBeNull());
  });
});
