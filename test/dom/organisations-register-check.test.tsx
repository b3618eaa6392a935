// The check against Enhetsregisteret under happy-dom (no Worker: the client reads on the main
// thread): pick a file, see what was read, confirm the date, and see the result on the pages.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { createOrganisation } from '@renderer/services/organisations';
import { OrganisationList } from '@renderer/features/organisations/OrganisationList';
import { OrganisationDetailPage } from '@renderer/features/organisations/OrganisationDetailPage';
import { completeSetup } from './helpers/render-app';

const SLOW = { timeout: 8000 };

const platform = vi.hoisted(() => ({ kind: 'browser', openFile: vi.fn(), onMenuCommand: () => () => {} }));
vi.mock('@renderer/platform', () => ({ getPlatform: () => platform }));

const FILE = JSON.stringify([
  { organisasjonsnummer: '864139442', navn: 'RØDE KORS', registrertIFrivillighetsregisteret: true, konkurs: true },
  { organisasjonsnummer: '910000004', navn: 'ANNEN', registrertIFrivillighetsregisteret: false },
]);

beforeEach(() => platform.openFile.mockReset());

describe('Sjekk mot Enhetsregisteret', { timeout: 20_000 }, () => {
  it('reads the file, updates the organisation and shows the source and the konkurs chip', async () => {
    await completeSetup();
    const org = await createOrganisation(defaultContext(), {
      orgnr: '864139442',
      name: 'Bergen Røde Kors',
      registeredInFrivillighetsregisteret: false,
      kind: 'frivillig',
    });
    const { unmount } = render(
      <MemoryRouter>
        <OrganisationList />
      </MemoryRouter>,
    );
    platform.openFile.mockResolvedValueOnce({ name: 'enheter_2020-02-01.json', bytes: new TextEncoder().encode(FILE) });
    fireEvent.click(await screen.findByRole('button', { name: 'Velg registerfil …' }, SLOW));

    expect(await screen.findByText('2 enheter lest. 1 av 1 organisasjoner finnes i filen.', {}, SLOW)).toBeTruthy();
    expect((screen.getByLabelText(/^Registerfilens dato/) as HTMLInputElement).value).toBe('2020-02-01');
    fireEvent.click(screen.getByRole('button', { name: 'Oppdater organisasjonene' }));

    expect(await screen.findByText('Organisasjonene er kontrollert mot Enhetsregisteret', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('1 nå registrert i Frivillighetsregisteret')).toBeTruthy();
    expect(screen.getByText('1 konkurs eller under avvikling')).toBeTruthy();
    expect(await getDb().organisations.get(org.id)).toMatchObject({ registrySource: 'enhetsregisteret', bankrupt: true });
    unmount();

    render(
      <MemoryRouter initialEntries={[`/organisasjoner/${org.id}`]}>
        <Routes>
          <Route path="/organisasjoner/:id" element={<OrganisationDetailPage />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(await screen.findByText('Enhetsregisteret, fil datert 01.02.2020', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('Konkurs')).toBeTruthy();
  });

  it('shows a clear error for a file that is not a register file and changes nothing', async () => {
    await completeSetup();
    const org = await createOrganisation(defaultContext(), {
      orgnr: '864139442',
      name: 'Bergen Røde Kors',
      registeredInFrivillighetsregisteret: false,
      kind: 'frivillig',
    });
    render(
      <MemoryRouter>
        <OrganisationList />
      </MemoryRouter>,
    );
    platform.openFile.mockResolvedValueOnce({ name: 'soknader.csv', bytes: new TextEncoder().encode('navn;belop\nA;1\n') });
    fireEvent.click(await screen.findByRole('button', { name: 'Velg registerfil …' }, SLOW));

    expect(await screen.findByText('Registerfilen kunne ikke brukes', {}, SLOW)).toBeTruthy();
    expect(screen.getByText(/Filen ser ikke ut som en totalbestand fra Enhetsregisteret/)).toBeTruthy();
    expect(await getDb().organisations.get(org.id)).toEqual(org);
  });
});
