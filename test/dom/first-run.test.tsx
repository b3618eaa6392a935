import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './helpers/render-app';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function openSetup() {
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Velkommen' });
  // The form appears once the municipality list has been read from the database.
  await screen.findByRole('combobox', { name: /Kommune/ });
}

describe('first-run setup', () => {
  it('is shown when nothing has been set up yet', async () => {
    await openSetup();
    expect(screen.getByRole('combobox', { name: /Kommune/ })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /Navnet ditt/ })).toBeTruthy();
  });

  it('explains at each field what is missing', async () => {
    await openSetup();
    fireEvent.click(screen.getByRole('button', { name: 'Kom i gang' }));

    const municipality = screen.getByRole('combobox', { name: /Kommune/ });
    const name = screen.getByRole('textbox', { name: /Navnet ditt/ });
    await waitFor(() => expect(municipality.getAttribute('aria-invalid')).toBe('true'));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Velg kommune')).toBeTruthy();
    expect(screen.getByText('Navnet må ha minst 2 tegn')).toBeTruthy();
  });

  it('rejects a one-letter name but accepts the municipality', async () => {
    await openSetup();
    fireEvent.change(screen.getByRole('combobox', { name: /Kommune/ }), { target: { value: 'Berg' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Bergen' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Navnet ditt/ }), { target: { value: 'K' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kom i gang' }));

    expect(await screen.findByText('Navnet må ha minst 2 tegn')).toBeTruthy();
    expect(screen.queryByText('Velg kommune')).toBeNull();
    expect(screen.getByRole('heading', { level: 1, name: 'Velkommen' })).toBeTruthy();
  });

  it('offers the 20 municipalities in alphabetical order', async () => {
    await openSetup();
    fireEvent.keyDown(screen.getByRole('combobox', { name: /Kommune/ }), { key: 'ArrowDown' });
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options).toHaveLength(20);
    expect(options[0]?.textContent).toBe('Arendal');
    expect(options[19]?.textContent).toBe('Ålesund');
  });

  it('opens the app with municipality and name in the app bar after saving', async () => {
    await openSetup();
    fireEvent.change(screen.getByRole('combobox', { name: /Kommune/ }), { target: { value: 'Bergen' } });
    fireEvent.click(await screen.findByRole('option', { name: 'Bergen' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Navnet ditt/ }), { target: { value: 'Kari Nordmann' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kom i gang' }));

    const header = await screen.findByRole('banner');
    await waitFor(() => expect(header.textContent).toContain('Bergen kommune'));
    expect(header.textContent).toContain('Kari Nordmann');
    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeTruthy();
  });
});
