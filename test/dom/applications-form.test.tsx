import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { renderApp, completeSetup } from './helpers/render-app';
import { seedCallAndOrganisation } from '../unit/services/applications.fixtures';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function openNewApplicationForm() {
  await completeSetup();
  await seedCallAndOrganisation(defaultContext());
  window.location.hash = '#/soknader/ny';
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Registrer søknad' }, { timeout: 20_000 });
  return screen.getByRole('form', { name: 'Registrer søknad' });
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Lagre søknaden' }));

// The whole app renders for each test; generous time on a busy machine.
describe('the application form', { timeout: 30_000 }, () => {
  it('explains at each field what is missing and saves nothing', async () => {
    const form = await openNewApplicationForm();
    submit();

    const title = within(form).getByRole('textbox', { name: /Tittel/ });
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Velg en organisasjon')).toBeTruthy();
    expect(screen.getByText('Tittelen må fylles ut')).toBeTruthy();
    expect(screen.getByText('Velg type')).toBeTruthy();
    expect(screen.getByText('Velg minst ett delmål')).toBeTruthy();
    expect(screen.getByText('Skriv søkt beløp i kroner')).toBeTruthy();
    expect(screen.getByText('Søknaden er ikke lagret. Rett feltene som er merket.')).toBeTruthy();
    expect(await getDb().applications.count()).toBe(0);
  });

  it('refuses an amount that is not kroner, and a period that ends before it starts', async () => {
    await openNewApplicationForm();
    fireEvent.change(screen.getByRole('textbox', { name: /Søkt beløp/ }), { target: { value: 'åtte tusen' } });
    fireEvent.change(screen.getByLabelText('Periode fra'), { target: { value: '2020-06-01' } });
    fireEvent.change(screen.getByLabelText('Periode til'), { target: { value: '2020-03-01' } });
    submit();

    expect(await screen.findByText('Skriv beløpet i kroner, for eksempel 50 000')).toBeTruthy();
    expect(screen.getByText('Periodens slutt kan ikke være før starten')).toBeTruthy();
    expect(await getDb().applications.count()).toBe(0);
  });

  it('asks for an amount on a budget line that was added but left empty', async () => {
    await openNewApplicationForm();
    fireEvent.click(screen.getByRole('button', { name: 'Legg til budsjettpost' }));
    expect(screen.getByRole('button', { name: 'Fjern budsjettpost 1' })).toBeTruthy();
    submit();
    expect(await screen.findByText('Skriv beløpet i kroner')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Fjern budsjettpost 1' }));
    expect(screen.queryByRole('button', { name: 'Fjern budsjettpost 1' })).toBeNull();
    expect(await getDb().applications.count()).toBe(0);
  });
});
