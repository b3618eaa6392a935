import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
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
});
