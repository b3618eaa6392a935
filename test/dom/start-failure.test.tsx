import { beforeAll, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from '@renderer/app/App';
import { startProgram } from '@renderer/app/start-program';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

// A database that cannot be opened, e.g. a profile written by a newer version of the program.
vi.mock('@renderer/data/db', () => ({
  getDb: () => {
    throw new Error('VersionError: databasen er nyere enn programmet');
  },
  resetDb: () => {},
}));

// App starts fetching the shell chunk at load; let that finish before this short test tears down.
beforeAll(async () => {
  await import('@renderer/app/SignedInApp');
});

describe('start-up failure', () => {
  it('explains in Norwegian that the program could not start, with the error message', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Programmet kunne ikke starte' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('databasen er nyere enn programmet');
    expect(screen.getByRole('button', { name: 'Last inn på nytt' })).toBeTruthy();
  });
});

describe('start-up failure through startProgram', () => {
  it('still draws the explanation: the start does not hang or throw on a database that cannot open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const start = await startProgram('#/');
    expect(start).toEqual({});
    render(<App start={start} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Programmet kunne ikke starte' })).toBeTruthy();
  });
});
