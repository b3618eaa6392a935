import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { createOrganisation } from '@renderer/services/organisations';
import { defaultContext } from '@renderer/services/context';
import { getDb } from '@renderer/data/db';
import { completeSetup, renderApp } from './helpers/render-app';

// The first load of a lazy page and the database is slow under happy-dom.
const SLOW = { timeout: 8000 };

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function openNewOrganisation() {
  await completeSetup();
  window.location.hash = '#/organisasjoner/ny';
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Ny organisasjon' }, SLOW);
}

function type(label: RegExp, value: string) {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

describe('the organisation form', { timeout: 20_000 }, () => {
  it('shows the check-digit message at the orgnr and saves nothing', async () => {
    await openNewOrganisation();
    type(/^Organisasjonsnummer/, '864139443');
    type(/^Navn/, 'Språkvenner Bergen');
    fireEvent.click(screen.getByRole('button', { name: 'Registrer organisasjonen' }));

    const message = await screen.findByText('Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.', {}, SLOW);
    const orgnr = screen.getByRole('textbox', { name: /^Organisasjonsnummer/ });
    expect(orgnr.getAttribute('aria-invalid')).toBe('true');
    expect(orgnr.getAttribute('aria-describedby')).toBe(message.id);
    expect(await getDb().organisations.count()).toBe(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Ny organisasjon' })).toBeTruthy();
  });

  it('explains a bad account number and a missing name at their fields', async () => {
    await openNewOrganisation();
    type(/^Organisasjonsnummer/, '864 139 442');
    type(/^Kontonummer/, '1234.56.78900');
    fireEvent.click(screen.getByRole('button', { name: 'Registrer organisasjonen' }));

    expect(await screen.findByText('Kontonummeret er ikke gyldig: kontrollsifferet stemmer ikke.', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('Navnet må fylles ut')).toBeTruthy();
    expect(await getDb().organisations.count()).toBe(0);
  });

  it('saves a valid organisation and opens its page', async () => {
    await openNewOrganisation();
    type(/^Organisasjonsnummer/, '864 139 442');
    type(/^Navn/, 'Språkvenner Bergen');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Registrert i Frivillighetsregisteret' }));
    type(/^Kontonummer/, '1234.56.78903');
    fireEvent.click(screen.getByRole('button', { name: 'Registrer organisasjonen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Språkvenner Bergen' }, SLOW)).toBeTruthy();
    expect(await screen.findByText('Organisasjonen er registrert.', {}, SLOW)).toBeTruthy();
    expect(screen.getAllByText('864 139 442').length).toBeGreaterThan(0);
    const saved = await getDb().organisations.toArray();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ orgnr: '864139442', accountNumber: '12345678903' });
  });

  it('keeps the board members one name per line, blank lines dropped', async () => {
    await openNewOrganisation();
    type(/^Organisasjonsnummer/, '864 139 442');
    type(/^Navn/, 'Språkvenner Bergen');
    type(/^Styremedlemmer og daglig leder/, 'Liv Berg\n\n  Ole Olsen ');
    fireEvent.click(screen.getByRole('button', { name: 'Registrer organisasjonen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Språkvenner Bergen' }, SLOW)).toBeTruthy();
    expect((await getDb().organisations.toArray())[0]?.boardMembers).toEqual(['Liv Berg', 'Ole Olsen']);
    expect(screen.getByText('Liv Berg, Ole Olsen')).toBeTruthy();
  });

  it('refuses a second organisation with the same orgnr, at the field', async () => {
    await createOrganisation(defaultContext(), {
      orgnr: '864139442',
      name: 'Første',
      registeredInFrivillighetsregisteret: true,
      kind: 'frivillig',
    });
    await openNewOrganisation();
    type(/^Organisasjonsnummer/, '864 139 442');
    type(/^Navn/, 'Andre');
    fireEvent.click(screen.getByRole('button', { name: 'Registrer organisasjonen' }));

    expect(
      await screen.findByText('Det finnes allerede en organisasjon med organisasjonsnummer 864 139 442: Første', {}, SLOW),
    ).toBeTruthy();
    expect(screen.getByRole('textbox', { name: /^Organisasjonsnummer/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await getDb().organisations.count()).toBe(1);
  });
});
