// Standardtekster i brev under happy-dom: the texts start in the municipality's letter language; a
// misspelt placeholder is shown at its field and nothing is saved; a good edit is saved and marked
// "Endret"; "Tilbakestill til standardtekst" gives the standard back; switching language with
// unsaved edits asks first.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@renderer/data/db';
import { DEFAULT_LETTER_TEXTS } from '@renderer/documents/pdf/letter-texts';
import { LetterTextsEditor } from '@renderer/features/settings/letters/LetterTextsEditor';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { completeSetup } from './helpers/render-app';

vi.mock('@renderer/platform', () => ({ getPlatform: () => ({ kind: 'browser', onMenuCommand: () => () => {} }) }));

const APPEAL = 'Vil dere klage, må klagen komme fram innen {klagefrist}. Send den til {kommune}. IMDi er klageinstans.';
const stored = async () => (await getDb().settings.get('app'))?.letterTexts;

// In a data router, as in the program: leaving the page is guarded by a router blocker.
function renderInRouter() {
  const router = createMemoryRouter([
    { path: '/', element: <LetterTextsEditor /> },
    { path: '/annet', element: <h1>En annen side</h1> },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

async function renderPage() {
  await completeSetup();
  renderInRouter();
  return (await screen.findByLabelText('Klageadgang – egen tekst etter')) as HTMLTextAreaElement;
}

const appealRow = () => screen.getByTestId('letter-text-appeal-after');
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Lagre tekstene' }));

describe('Standardtekster i brev', { timeout: 30_000 }, () => {
  it('starts with the standard texts in the municipality’s letter language, grouped as in the letter', async () => {
    const appeal = await renderPage();
    expect(appeal.value).toBe('');
    expect(screen.getByRole('button', { name: 'Bokmål' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Målform',
      'Se tekstene i et brev',
      'Overskrift og innledning',
      'Formål',
      'Begrunnelse',
      'Vilkår og frist for aksept',
      'Utbetaling',
      'Rapport og regnskap',
      'Bruk av tilskuddet og tilbakebetaling',
      'Endringer',
      'Kontroll',
      'Klageadgang',
      'Innsyn',
      'Kontakt og hilsen',
    ]);
    // The appeal text the law needs is fixed and shown, not editable; the municipality writes around it.
    expect(screen.getByTestId('fixed-appeal.text').textContent).toBe(DEFAULT_LETTER_TEXTS.nb.appeal.text);
    expect(screen.getByTestId('fixed-appeal.postponement').textContent).toBe(DEFAULT_LETTER_TEXTS.nb.appeal.postponement);
    expect(screen.queryByLabelText('Klageadgang – tekst')).toBeNull();
    expect(within(appealRow()).queryByText('Endret')).toBeNull();
    expect(screen.getByTestId('letter-texts-edited-count').textContent).toBe('Alle tekstene på bokmål er standardtekster.');
  });

  it('shows a misspelt placeholder at the field and saves nothing', async () => {
    const appeal = await renderPage();
    fireEvent.change(appeal, { target: { value: 'Klagefristen er {klagefirst}.' } });
    save();
    expect(
      await within(appealRow()).findByText(
        '«Klageadgang – egen tekst etter» har en ukjent plassholder: {klagefirst}. Se listen over plassholdere du kan bruke.',
      ),
    ).toBeTruthy();
    expect(appeal.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Én tekst har feil. Rett den; ingenting er lagret.')).toBeTruthy();
    expect(await stored()).toBeUndefined();
  });

  it('saves an edited text, marks it "Endret", and resets it to the standard text', async () => {
    const appeal = await renderPage();
    fireEvent.change(appeal, { target: { value: APPEAL } });
    expect(within(appealRow()).getByText('Ikke lagret')).toBeTruthy();
    save();
    expect(await screen.findByText('Tekstene på bokmål er lagret. Nye brev bruker dem.')).toBeTruthy();
    expect(await stored()).toEqual({ nb: { 'appeal.after': APPEAL } });
    await waitFor(() => expect(within(appealRow()).getByText('Endret')).toBeTruthy());
    expect(within(appealRow()).queryByText('Ikke lagret')).toBeNull();
    expect(screen.getByTestId('letter-texts-edited-count').textContent).toBe('1 tekst på bokmål er endret.');

    fireEvent.click(screen.getByRole('button', { name: 'Tilbakestill til standardtekst: «Klageadgang – egen tekst etter»' }));
    expect(await screen.findByText('«Klageadgang – egen tekst etter» har fått standardteksten tilbake.')).toBeTruthy();
    await waitFor(async () => expect(await stored()).toEqual({}));
    expect(appeal.value).toBe('');
    await waitFor(() => expect(within(appealRow()).queryByText('Endret')).toBeNull());
    expect(screen.queryByRole('button', { name: /Tilbakestill til standardtekst: «Klageadgang/ })).toBeNull();
  });

  it('shows the nynorsk texts, and asks before dropping unsaved edits', async () => {
    const appeal = await renderPage();
    fireEvent.change(appeal, { target: { value: APPEAL } });
    fireEvent.click(screen.getByRole('button', { name: 'Nynorsk' }));
    const dialog = await screen.findByRole('dialog', { name: 'Bytte målform uten å lagre?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bli her' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(appeal.value).toBe(APPEAL);

    fireEvent.click(screen.getByRole('button', { name: 'Nynorsk' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Bytt uten å lagre' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Klageadgang – egen tekst etter') as HTMLTextAreaElement).value).toBe(''),
    );
    expect(screen.getByLabelText('Klageadgang – egen tekst etter').getAttribute('lang')).toBe('nn');
    expect(await stored()).toBeUndefined();
  });

  it('shows a text saved before a rule was added with its message, and says letters use the standard meanwhile', async () => {
    await completeSetup();
    // As an older version could have saved it: a text that takes back the right to appeal.
    const OLD = 'Vedtaket er endelig.';
    await getDb().settings.update('app', { letterTexts: { nb: { 'appeal.after': OLD } } });
    renderInRouter();
    const appeal = (await screen.findByLabelText('Klageadgang – egen tekst etter')) as HTMLTextAreaElement;
    expect(appeal.value).toBe(OLD);
    expect(await screen.findByText(/^Én lagret tekst på bokmål oppfyller ikke kravene/)).toBeTruthy();
    expect(await within(appealRow()).findByText(/kan ikke si at vedtaket er endelig/)).toBeTruthy();
    expect(appeal.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(appeal, { target: { value: APPEAL } });
    save();
    await waitFor(() => expect(stored()).resolves.toEqual({ nb: { 'appeal.after': APPEAL } }));
    await waitFor(() => expect(screen.queryByText(/oppfyller ikke kravene/)).toBeNull());
  });

  it('asks before leaving the page with unsaved edits, and stays when told to', async () => {
    await completeSetup();
    const router = renderInRouter();
    const appeal = (await screen.findByLabelText('Klageadgang – egen tekst etter')) as HTMLTextAreaElement;
    fireEvent.change(appeal, { target: { value: APPEAL } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Lagre tekstene' }).hasAttribute('disabled')).toBe(false));

    void router.navigate('/annet');
    // The page is long (every text, and the text before and after each fixed one): on a busy machine
    // the dialog can take more than the default wait. Role queries walk the whole page, so the title
    // is waited for first and the dialog asked for once.
    await screen.findByText('Gå fra siden uten å lagre?', undefined, { timeout: 15_000 });
    const dialog = screen.getByRole('dialog', { name: 'Gå fra siden uten å lagre?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bli her' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(router.state.location.pathname).toBe('/');
    expect((screen.getByLabelText('Klageadgang – egen tekst etter') as HTMLTextAreaElement).value).toBe(APPEAL);

    void router.navigate('/annet');
    await screen.findByText('Gå fra siden uten å lagre?');
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Gå uten å lagre' }));
    expect(await screen.findByRole('heading', { name: 'En annen side' })).toBeTruthy();
    expect(await stored()).toBeUndefined();
  });
});
