// Brevmal in Innstillinger under happy-dom: a file that is not PNG/JPEG gives a Norwegian message and
// nothing is saved; a good logo and fields are saved; bad fields show their message at the field.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { getDb } from '@renderer/data/db';
import { LetterheadForm } from '@renderer/features/settings/letters/LetterheadForm';
import { completeSetup } from './helpers/render-app';

const platform = vi.hoisted(() => ({ kind: 'browser', openFile: vi.fn(), onMenuCommand: () => () => {} }));
vi.mock('@renderer/platform', () => ({ getPlatform: () => platform }));

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

async function renderForm() {
  await completeSetup();
  const db = getDb();
  const settings = (await db.settings.get('app'))!;
  const municipality = await db.municipalities.get(settings.municipalityId);
  render(<LetterheadForm settings={settings} municipality={municipality} />);
}

async function chooseLogo(name: string, bytes: Uint8Array) {
  platform.openFile.mockResolvedValueOnce({ name, bytes });
  fireEvent.click(screen.getByRole('button', { name: 'Velg logo …' }));
}

const stored = async () => (await getDb().settings.get('app'))?.letterhead;

beforeEach(() => platform.openFile.mockReset());

describe('Brevmal', { timeout: 20_000 }, () => {
  it('starts from the municipality and the officer', async () => {
    await renderForm();
    expect((screen.getByLabelText(/Kommunenavn i brevhodet/) as HTMLInputElement).value).toBe('Bergen kommune');
    expect((screen.getByLabelText(/Navn på saksbehandler/) as HTMLInputElement).value).toBe('Kari Nordmann');
  });

  it('refuses a logo that is not PNG or JPEG and saves nothing', async () => {
    await renderForm();
    await chooseLogo('logo.svg', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'));
    expect((await screen.findByTestId('logo-error')).textContent).toBe('Logoen må være et PNG- eller JPEG-bilde');
    expect(screen.queryByRole('img', { name: 'Forhåndsvisning av logoen' })).toBeNull();
    expect(await stored()).toBeUndefined();
  });

  it('shows field messages for bad input and saves nothing', async () => {
    await renderForm();
    fireEvent.change(screen.getByLabelText(/^E-post$/), { target: { value: 'ikke-en-adresse' } });
    fireEvent.change(screen.getByLabelText(/Kommunenavn i brevhodet/), { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lagre brevmalen' }));
    expect(await screen.findByText('Ugyldig e-postadresse')).toBeTruthy();
    expect(screen.getByText('Kommunenavnet må fylles ut')).toBeTruthy();
    expect(screen.getByText('Rett feilene i skjemaet. Ingenting er lagret.')).toBeTruthy();
    expect(await stored()).toBeUndefined();
  });

  it('saves a good logo with the letterhead, and "Fjern logo" removes it', async () => {
    await renderForm();
    fireEvent.change(screen.getByLabelText(/Enhet eller avdeling/), { target: { value: 'Etat for inkludering' } });
    fireEvent.change(screen.getByLabelText(/^Postadresse/), { target: { value: 'Postboks 7700\n5020 Bergen' } });
    fireEvent.change(screen.getByLabelText('Navn, signatar 2'), { target: { value: 'Per Leder' } });
    fireEvent.change(screen.getByLabelText('Stillingstittel, signatar 2'), { target: { value: 'avdelingsdirektør' } });
    await chooseLogo('logo.png', PNG);
    expect(await screen.findByRole('img', { name: 'Forhåndsvisning av logoen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Lagre brevmalen' }));
    expect(await screen.findByText('Brevmalen er lagret.')).toBeTruthy();

    const saved = await stored();
    expect(saved).toMatchObject({
      municipalityName: 'Bergen kommune',
      unitName: 'Etat for inkludering',
      addressLines: ['Postboks 7700', '5020 Bergen'],
      caseOfficer: { name: 'Kari Nordmann' },
      signatories: [{ name: 'Kari Nordmann', title: 'saksbehandler' }, { name: 'Per Leder', title: 'avdelingsdirektør' }],
    });
    expect(saved?.logoDataUrl?.startsWith('data:image/png;base64,')).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Fjern logo' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lagre brevmalen' }));
    await waitFor(async () => expect((await stored())?.logoDataUrl).toBeUndefined());
    expect((await stored())?.unitName).toBe('Etat for inkludering');
  });
});
