import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { completeSetup, renderApp } from './helpers/render-app';
import { sendMenuCommand } from './helpers/fake-platform';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

const AREAS = [
  'Oversikt',
  'Utlysninger',
  'Søknader',
  'Organisasjoner',
  'Vurdering og møter',
  'Vedtak og brev',
  'Utbetalinger',
  'Rapportering',
  'Klager',
  'Eksport',
  'Innstillinger',
];

async function openAsReturningOfficer() {
  await completeSetup('4601', 'Kari Nordmann');
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
  return screen.getByRole('navigation', { name: 'Hovedmeny' });
}

describe('navigation', () => {
  it('lists every area in the side menu, with the overview as the current page', async () => {
    const nav = await openAsReturningOfficer();
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(AREAS);
    expect(within(nav).getByRole('link', { name: 'Oversikt' }).getAttribute('aria-current')).toBe('page');
  });

  it('goes to Vurdering og møter, which is built and says nothing of being unfinished', async () => {
    const nav = await openAsReturningOfficer();
    fireEvent.click(within(nav).getByRole('link', { name: 'Vurdering og møter' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Vurdering og møter' })).toBeTruthy();
    expect(screen.queryByText(/ikke laget ennå/)).toBeNull();
    expect(window.location.hash).toBe('#/vurdering');
    expect(within(nav).getByRole('link', { name: 'Vurdering og møter' }).getAttribute('aria-current')).toBe('page');
    expect(within(nav).getByRole('link', { name: 'Oversikt' }).getAttribute('aria-current')).toBeNull();
  });

  it('has a skip link first and the header, menu and main landmarks', async () => {
    await openAsReturningOfficer();
    const skip = screen.getByRole('link', { name: 'Hopp til hovedinnhold' });
    expect(document.body.querySelector('a')).toBe(skip);
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();

    fireEvent.click(skip);
    expect(document.activeElement).toBe(screen.getByRole('main'));
    expect(window.location.hash).toBe('');
  });

  it('opens the settings page from the native menu command', async () => {
    await openAsReturningOfficer();
    act(() => sendMenuCommand('settings'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Innstillinger' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('municipality-contact').textContent).toContain('Sølve Sætre'));
  });

  it('opens the About dialog from the native menu command', async () => {
    await openAsReturningOfficer();
    act(() => sendMenuCommand('about'));
    const dialog = await screen.findByRole('dialog', { name: 'Om Tilskudd frivillige' });
    // The platform and versions sit behind «Teknisk informasjon».
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Teknisk informasjon' }));
    await waitFor(() => expect(dialog.textContent).toContain('Nettleser'));
    expect(dialog.textContent).toContain('0.1.0');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lukk' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  describe('in a narrow window (below 900 px, e.g. 1280 px at 200 % zoom)', () => {
    // happy-dom's own handle on the window size (media queries follow it).
    const happyDOM = (window as unknown as { happyDOM: { setViewport(size: { width: number; height: number }): void } }).happyDOM;
    const wide = { width: window.innerWidth, height: window.innerHeight };
    beforeEach(() => happyDOM.setViewport({ width: 640, height: 400 }));
    afterEach(() => happyDOM.setViewport(wide));

    it('opens the menu from the app bar, closes it on Esc, and a choice navigates and closes it', async () => {
      await completeSetup('4601', 'Kari Nordmann');
      renderApp();
      await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
      const button = screen.getByRole('button', { name: 'Åpne meny' });
      expect(button.getAttribute('aria-expanded')).toBe('false');
      expect(document.getElementById('hovedmeny')).toBeNull();

      fireEvent.click(button);
      const drawer = await waitFor(() => document.getElementById('hovedmeny')!);
      expect(button.getAttribute('aria-expanded')).toBe('true');
      expect(button.getAttribute('aria-controls')).toBe('hovedmeny');
      const menu = within(drawer).getByRole('navigation', { name: 'Hovedmeny' });
      expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(AREAS);
      fireEvent.keyDown(drawer, { key: 'Escape' });
      await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('false'));

      fireEvent.click(button);
      const again = await waitFor(() => document.getElementById('hovedmeny')!);
      fireEvent.click(within(again).getByRole('link', { name: 'Søknader' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Søknader' })).toBeTruthy();
      expect(window.location.hash).toBe('#/soknader');
      await waitFor(() => expect(document.getElementById('hovedmeny')).toBeNull());
    });
  });
});
