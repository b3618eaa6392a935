// The change log page: newest first, filters, and the chain check.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { getDb } from '@renderer/data/db';
import { defaultContext } from '@renderer/services/context';
import { createCall } from '@renderer/services/calls';
import ChangeLogPage from '@renderer/features/change-log/ChangeLogPage';
import { completeSetup } from './helpers/render-app';
import { browserChangeLogAnchor } from '@renderer/platform/browser-anchor';
import type { ChangeLogAnchorRequest } from '@shared/platform';

const SLOW = { timeout: 8000 };

vi.mock('@renderer/platform', () => ({
  getPlatform: () => ({
    kind: 'browser',
    saveFile: vi.fn(),
    onMenuCommand: () => () => {},
    changeLogAnchor: (request: ChangeLogAnchorRequest) => browserChangeLogAnchor(request),
  }),
}));

async function openPage() {
  await completeSetup();
  await createCall(defaultContext(), {
    year: 2024,
    title: 'Tilskudd 2024',
    municipalityId: '4601',
    deadline: '2024-03-01',
    budgetFrameOre: 100_000_000,
  });
  render(
    <MemoryRouter initialEntries={['/innstillinger/endringslogg']}>
      <ChangeLogPage />
    </MemoryRouter>,
  );
  return screen.findByRole('table', { name: 'Endringslogg, nyeste først' }, SLOW);
}

describe('the change log page', { timeout: 20_000 }, () => {
  it('lists entries newest first and filters by text', async () => {
    const table = await openPage();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.textContent).toContain('Tilskudd 2024');
    expect(rows[0]!.textContent).toContain('Utlysning');
    expect(rows[1]!.textContent).toContain('Innstillinger');

    // The text search runs over every entry's readable text, read in the background.
    fireEvent.change(screen.getByRole('searchbox', { name: 'Søk' }), { target: { value: 'tilskudd' } });
    await waitFor(() => expect(screen.getByTestId('change-log-count').textContent).toBe('1 av 2 oppføringer'), SLOW);
    const found = within(screen.getByRole('table', { name: 'Endringslogg, nyeste først' })).getAllByRole('row').slice(1);
    expect(found.map((r) => r.textContent)).toEqual([expect.stringContaining('Tilskudd 2024')]);
  });

  it('checks the chain, the records and the anchor, and says what it checked', async () => {
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Kontroller endringsloggen og dataene' }));
    const report = await screen.findByTestId('audit-report', {}, SLOW);
    expect(within(report).getByText('Kjeden: 2 oppføringer henger sammen, og ingen er endret.')).toBeTruthy();
    expect(within(report).getByText(/^Dataene: \d+ rader i \d+ tabeller er like det endringsloggen sist skrev\.$/)).toBeTruthy();
    // No keeper ran here, so no anchor was ever written: said, not hidden.
    expect(within(report).getByText(/^Ankeret mangler: loggen kan ikke kontrolleres for slettede siste oppføringer/)).toBeTruthy();
  });

  it('names a record changed directly in the database', async () => {
    await openPage();
    const call = (await getDb().calls.toCollection().first())!;
    await getDb().calls.update(call.id, { budgetFrameOre: 999_900_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Kontroller endringsloggen og dataene' }));
    const report = await screen.findByTestId('audit-report', {}, SLOW);
    expect(within(report).getByText(/^Kontrollen fant feil/)).toBeTruthy();
    expect(within(report).getByText(`Utlysning ${call.id} er endret utenom programmet: budgetFrameOre er ikke lik det oppføring 2 i loggen skrev.`)).toBeTruthy();
  });

  it('shows where the chain breaks after an entry was edited', async () => {
    await openPage();
    await getDb().changeLog.update(1, { actor: 'Noen andre' });
    fireEvent.click(screen.getByRole('button', { name: 'Kontroller endringsloggen og dataene' }));
    expect(await screen.findByText(/Kjeden er brutt ved oppføring 1\./, {}, SLOW)).toBeTruthy();
  });
});
