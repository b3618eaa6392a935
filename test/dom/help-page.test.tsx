// The user guide opens inside the program: from the native Hjelp menu (F1) and from the About dialog.
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { completeSetup, renderApp } from './helpers/render-app';
import { sendMenuCommand } from './helpers/fake-platform';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function openAsReturningOfficer() {
  await completeSetup('4601', 'Kari Nordmann');
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
}

describe('the user guide', () => {
  it('opens from the Hjelp menu command, with its table of contents and its sections', async () => {
    await openAsReturningOfficer();
    act(() => sendMenuCommand('help'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Brukerveiledning' })).toBeTruthy();
    expect(window.location.hash).toBe('#/hjelp');
    const contents = screen.getByRole('navigation', { name: 'Innholdet i brukerveiledningen' });
    expect(within(contents).getByRole('button', { name: 'Vedtak og brev' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Ofte stilte spørsmål' })).toBeTruthy();
    expect(document.title).toBe('Brukerveiledning – Tilskudd frivillige');
  });

  it('opens from the About dialog, which closes', async () => {
    await openAsReturningOfficer();
    fireEvent.click(screen.getByRole('button', { name: 'Om programmet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Om Tilskudd frivillige' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Brukerveiledning' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Brukerveiledning' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
