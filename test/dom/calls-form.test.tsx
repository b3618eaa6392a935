import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { getDb } from '@renderer/data/db';
import { completeSetup, renderApp } from './helpers/render-app';

// The first load of a lazy page and the database is slow under happy-dom.
const SLOW = { timeout: 8000 };

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function openNewCall() {
  await completeSetup();
  window.location.hash = '#/utlysninger/ny';
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Ny utlysning' }, SLOW);
}

function field(label: RegExp): HTMLInputElement {
  return screen.getByLabelText(label, { selector: 'input' });
}

describe('the call form', { timeout: 20_000 }, () => {
  it('starts with the 2020 rule values filled in', async () => {
    await openNewCall();
    expect(field(/^Prosjekt: høyst/).value).toBe('1\u00a0000\u00a0000');
    expect(field(/^Enkelttiltak og aktiviteter: minst/).value).toBe('10\u00a0000');
    expect(field(/^Utbetaling i to terminer over/).value).toBe('30\u00a0000');
    expect(field(/^Krav om revidert regnskap fra/).value).toBe('100\u00a0000');
    expect(field(/^Klagefrist/).value).toBe('3');
  });

  it('says what is missing at each field and saves nothing', async () => {
    await openNewCall();
    fireEvent.click(screen.getByRole('button', { name: 'Opprett utlysningen' }));
    expect(await screen.findByText('Tittelen må fylles ut', {}, SLOW)).toBeTruthy();
    expect(screen.getByText('Søknadsfristen må fylles ut')).toBeTruthy();
    expect(screen.getByText('Budsjettrammen må fylles ut')).toBeTruthy();
    expect(await getDb().calls.count()).toBe(0);
  });

  it('rejects text that is not an amount', async () => {
    await openNewCall();
    fireEvent.change(field(/^Prosjekt: høyst/), { target: { value: 'mye' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett utlysningen' }));
    expect(await screen.findByText('Skriv beløpet i kroner, for eksempel 50 000', {}, SLOW)).toBeTruthy();
    expect(await getDb().calls.count()).toBe(0);
  });

  it('rejects sub-goal frames that add up to more than the frame', async () => {
    await openNewCall();
    fireEvent.change(field(/^Tittel/), { target: { value: 'Tilskudd 2020' } });
    fireEvent.change(field(/^Søknadsfrist/), { target: { value: '2020-02-05' } });
    fireEvent.change(field(/^Budsjettramme/), { target: { value: '100 000' } });
    fireEvent.change(field(/^Delmål A/), { target: { value: '80 000' } });
    fireEvent.change(field(/^Delmål B/), { target: { value: '30 000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett utlysningen' }));
    expect(await screen.findByText('Rammene per delmål er til sammen mer enn budsjettrammen.', {}, SLOW)).toBeTruthy();
    expect(await getDb().calls.count()).toBe(0);
  });

  it('creates a draft call in øre and shows its budget', async () => {
    await openNewCall();
    fireEvent.change(field(/^År/), { target: { value: '2020' } });
    fireEvent.change(field(/^Tittel/), { target: { value: 'Tilskudd til frivillige 2020' } });
    fireEvent.change(field(/^Søknadsfrist/), { target: { value: '2020-02-05' } });
    fireEvent.change(field(/^Budsjettramme/), { target: { value: '2 500 000' } });
    fireEvent.change(field(/^Saksnummer i arkivet/), { target: { value: ' 20/04711 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opprett utlysningen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Tilskudd til frivillige 2020' }, SLOW)).toBeTruthy();
    expect(screen.getByText('20/04711')).toBeTruthy();
    expect(await screen.findByText('Utlysningen er opprettet.', {}, SLOW)).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Budsjett for utlysningen' }, SLOW);
    // The sub-goals are the columns, each described by its name; the figures are the rows.
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Delmål A', 'Delmål B', 'Delmål C', 'Totalt']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Søknader', 'Budsjettramme', 'Søkt', 'Innvilget', 'Tilbakebetalt', 'Igjen']);
    const subGoalB = within(table).getByRole('columnheader', { name: 'Delmål B' });
    expect(document.getElementById(subGoalB.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Kunnskap om det norske samfunnet og kvalifisering for arbeid eller utdanning',
    );
    expect(table.textContent).toContain('kr\u00a02\u00a0500\u00a0000');
    const [call] = await getDb().calls.toArray();
    expect(call).toMatchObject({
      year: 2020,
      status: 'utkast',
      budgetFrameOre: 250_000_000,
      municipalityId: '4601',
      archiveCaseNumber: '20/04711',
      rules: { reportDueDate: '2021-02-01', projectMaxOre: 100_000_000 },
    });
  });
});
