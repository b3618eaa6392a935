// The import screen under happy-dom (no Worker: the client parses on the main thread): the preview
// of a file with valid and invalid rows, a whole-file error, the mapping step, and the commit.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { createCall } from '@renderer/services/calls';
import ImportPage from '@renderer/features/import/ImportPage';
import { completeSetup } from './helpers/render-app';

const SLOW = { timeout: 8000 };

const platform = vi.hoisted(() => ({
  kind: 'browser',
  openFile: vi.fn(),
  saveFile: vi.fn(async (_request: { suggestedName: string; bytes: Uint8Array }) => ({ saved: true })),
  onMenuCommand: () => () => {},
}));
vi.mock('@renderer/platform', () => ({ getPlatform: () => platform }));

const HEADER =
  'ekstern_id;mottatt;orgnr;organisasjon;frivillighetsregisteret;tittel;type;delmal;sokt_belop';
const MIXED = [
  HEADER,
  'P-1;2020-02-03;864139442;Bergen Røde Kors;ja;Norsktrening;enkelttiltak;B;40 000',
  'P-2;2020-02-03;864139443;Feil Orgnr;ja;Leksehjelp;aktivitet;A;20 000',
  'P-3;neste uke;910000012;Kvinnenettverket;ja;Samtalegrupper;aktivitet;C;femti tusen',
].join('\r\n');

const bytes = (text: string) => new TextEncoder().encode(text);

async function openPage() {
  await completeSetup();
  const call = await createCall(defaultContext(), {
    year: 2020,
    title: 'Integreringstilskudd 2020',
    municipalityId: '4601',
    deadline: '2020-02-05',
    budgetFrameOre: 100_000_000,
  });
  render(
    <MemoryRouter initialEntries={['/soknader/importer']}>
      <ImportPage />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Importer søknader' }, SLOW);
  return call;
}

async function chooseFile(name: string, content: Uint8Array) {
  platform.openFile.mockResolvedValueOnce({ name, bytes: content });
  fireEvent.click(await screen.findByRole('button', { name: 'Velg fil …' }, SLOW));
}

beforeEach(() => {
  platform.openFile.mockReset();
  platform.saveFile.mockClear();
});

describe('the import screen', { timeout: 20_000 }, () => {
  it('previews valid and invalid rows and writes nothing before confirmation', async () => {
    await openPage();
    await chooseFile('soknader.csv', bytes(MIXED));
    expect(await screen.findByText('1 rad av 3 kan importeres.', {}, SLOW)).toBeTruthy();
    expect(screen.getByText(/^2 rader har feil og blir ikke importert/)).toBeTruthy();

    const errors = within(screen.getByRole('table', { name: 'Rader med feil' }));
    const rows = errors.getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    const orgRow = rows.find((r) => r.textContent?.includes('864139443'))!;
    expect(within(orgRow).getByText('3')).toBeTruthy();
    expect(within(orgRow).getByText('Organisasjonsnummer')).toBeTruthy();
    expect(orgRow.textContent).toMatch(/kontrollsifferet stemmer ikke/);
    expect(errors.getByText('neste uke')).toBeTruthy();
    expect(errors.getByText(/«femti tusen» er ikke et gyldig beløp/)).toBeTruthy();

    expect(await getDb().applications.count()).toBe(0);
    expect(await screen.findByRole('button', { name: 'Importer 1 søknad' }, SLOW)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Lagre feillisten som CSV' }));
    await vi.waitFor(() => expect(platform.saveFile).toHaveBeenCalledTimes(1));
    const saved = platform.saveFile.mock.calls[0]![0];
    expect(saved.suggestedName).toBe('importfeil-soknader.csv');
    expect(new TextDecoder().decode(saved.bytes)).toContain('Rad;Kolonne;Verdi;Årsak');
  });

  it('imports on confirmation and shows the summary; the same file again adds nothing', async () => {
    await openPage();
    await chooseFile('soknader.csv', bytes(MIXED));
    fireEvent.click(await screen.findByRole('button', { name: 'Importer 1 søknad' }, SLOW));
    expect(await screen.findByText('Importen er fullført', {}, SLOW)).toBeTruthy();
    const summary = within(screen.getByRole('table', { name: 'Resultat av importen' }));
    expect(summary.getByRole('row', { name: /Nye søknader/ }).textContent).toContain('1');
    expect(summary.getByRole('row', { name: /Nye organisasjoner/ }).textContent).toContain('1');
    expect(await getDb().applications.count()).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Importer en fil til' }));
    await chooseFile('soknader.csv', bytes(MIXED));
    expect(await screen.findByText(/1 søknad i filen er registrert i utlysningen fra før/, {}, SLOW)).toBeTruthy();
    const button = await screen.findByRole('button', { name: 'Importer 0 søknader' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows a whole-file problem in an alert and stays on the first step', async () => {
    await openPage();
    await chooseFile('tom.csv', bytes(''));
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert.textContent).toContain('«tom.csv» kan ikke leses inn');
    expect(alert.textContent).toContain('Filen er tom.');
    expect(screen.getByRole('button', { name: 'Velg fil …' })).toBeTruthy();
  });

  it('asks for the column mapping when the headers differ and names what is missing', async () => {
    await openPage();
    const portal = readFileSync(resolve(__dirname, '../fixtures/import/good/portal-kolonnenavn.csv'));
    const renamed = new TextDecoder().decode(portal).replace('Organisasjonsnummer', 'Org.nr hos Brreg');
    await chooseFile('portal.csv', bytes(renamed));
    expect(await screen.findByRole('heading', { name: 'Koble kolonnene' }, SLOW)).toBeTruthy();
    expect(screen.getByText('Velg en kolonne for den påkrevde opplysningen Organisasjonsnummer.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Kontroller radene' }) as HTMLButtonElement).disabled).toBe(true);
    // Mottatt dato was recognised by its alias and shows the file's example value.
    const mottatt = screen.getByRole('row', { name: /Mottatt dato/ });
    expect(mottatt.textContent).toContain('2020-02-03');
  });
});
