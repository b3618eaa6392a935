// The export page: the summary on screen for the newest year, and the three files named as the
// format says, handed to the platform.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { getDb } from '@renderer/data/db';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { CurrentSettingsContext } from '@renderer/components/current-settings';
import ExportPage from '@renderer/features/export/ExportPage';
import { seedBergen2020 } from '../unit/export/fixture';
import { completeSetup } from './helpers/render-app';

const SLOW = { timeout: 8000 };

const platform = vi.hoisted(() => ({
  kind: 'browser',
  saveFile: vi.fn(async (_request: { suggestedName: string; bytes: Uint8Array }) => ({ saved: true })),
  onMenuCommand: () => () => {},
}));
vi.mock('@renderer/platform', () => ({ getPlatform: () => platform }));

async function openPage() {
  await completeSetup();
  await seedBergen2020(getDb());
  const settings = (await getDb().settings.get(SETTINGS_ID))!;
  const municipality = await getDb().municipalities.get('4601');
  render(
    <CurrentSettingsContext.Provider value={{ settings, municipality }}>
      <MemoryRouter initialEntries={['/eksport']}>
        <ExportPage />
      </MemoryRouter>
    </CurrentSettingsContext.Provider>,
  );
  return screen.findByRole('table', { name: 'Sammendrag for 2020 per delmål' }, SLOW);
}

beforeEach(() => platform.saveFile.mockClear());

describe('the export page', { timeout: 20_000 }, () => {
  it('shows the summary of the newest call year with Totalt counted once per application', async () => {
    const table = await openPage();
    expect(screen.getByText(/5 søknader med vedtak kommer med i rapporten/)).toBeTruthy();
    const total = within(table).getByTestId('summary-Totalt');
    expect(within(total).getByRole('rowheader').textContent).toBe('Totalt');
    // Five decided applications; 40 000 + 60 000 + 12 345 granted.
    expect(total.children[1]!.textContent).toBe('5');
    expect(total.querySelector('[data-column="innvilget_sum"]')!.textContent).toBe('kr\u00a0112\u00a0345');
  });

  it('saves CSV and JSON under the format’s file names', async () => {
    await openPage();
    fireEvent.click(screen.getByRole('button', { name: 'Lagre CSV' }));
    expect(await screen.findByText('Filen imdi-rapport-4601-2020.csv er lastet ned.', {}, SLOW)).toBeTruthy();
    const csv = platform.saveFile.mock.calls[0]![0];
    expect(csv.suggestedName).toBe('imdi-rapport-4601-2020.csv');
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes)).toMatch(/^\uFEFFkommunenummer;kommune;ar;/);

    fireEvent.click(screen.getByRole('button', { name: 'Lagre JSON' }));
    await screen.findByText('Filen imdi-rapport-4601-2020.json er lastet ned.', {}, SLOW);
    const json = JSON.parse(new TextDecoder().decode(platform.saveFile.mock.calls[1]![0].bytes));
    expect(json).toMatchObject({ format: 'imdi-eksport/2', kommunenummer: '4601', ar: 2020 });
  });
});
