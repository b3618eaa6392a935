// Rapportering on screen: the grants with their report status, the status filter from the address,
// the audit rule on the case page, and a repayment claim refused above what was paid.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { getDb } from '@renderer/data/db';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { CurrentSettingsContext } from '@renderer/components/current-settings';
import ReportsPage from '@renderer/features/reports/ReportsPage';
import { saveReport } from '@renderer/services/reports/reports';
import { defaultContext } from '@renderer/services/context';
import { seedCall, seedGrant } from '../unit/reports/grant-fixture';
import { completeSetup } from './helpers/render-app';

const SLOW = { timeout: 8000 };

vi.mock('@renderer/platform', () => ({
  getPlatform: () => ({ kind: 'browser', saveFile: vi.fn(async () => ({ saved: true })), onMenuCommand: () => () => {} }),
}));

async function openAt(path: string) {
  await completeSetup();
  const db = getDb();
  await seedCall(db);
  await seedGrant(db, 1, 100_000, [50_000]);
  const below = await seedGrant(db, 2, 99_999);
  await saveReport(defaultContext(db), {
    decisionId: below, receivedDate: '2021-01-20', annualReportReceived: true, accountsReceived: true,
    auditedAccountsReceived: false, unusedAmountStated: true, unusedAmountOre: 0,
  });
  const settings = (await db.settings.get(SETTINGS_ID))!;
  const municipality = await db.municipalities.get('4601');
  render(
    <CurrentSettingsContext.Provider value={{ settings, municipality }}>
      <MemoryRouter initialEntries={[path]}>
        <ReportsPage />
      </MemoryRouter>
    </CurrentSettingsContext.Provider>,
  );
}

describe('the Rapportering page', { timeout: 30_000 }, () => {
  it('lists the grants with their status, and filters by the status in the address', async () => {
    await openAt('/');
    const table = await screen.findByRole('table', { name: 'Rapporter for tilskudd' }, SLOW);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [within(r).getByRole('link').textContent, r.textContent?.includes('Forfalt') ? 'Forfalt' : 'Mottatt'])).toEqual([
      ['Tiltak 1', 'Forfalt'],
      ['Tiltak 2', 'Mottatt'],
    ]);
    // Only the overdue one can be picked for a reminder.
    expect(within(rows[0]!).getByRole('checkbox', { name: 'Velg «Tiltak 1» for purring' })).toBeTruthy();
    expect(within(rows[1]!).queryByRole('checkbox')).toBeNull();
    expect(screen.getByRole('button', { name: 'Lag purring for 1 forfalt' })).toBeTruthy();
  });

  it('shows only received reports with ?status=mottatt', async () => {
    await openAt('/?status=mottatt');
    const table = await screen.findByRole('table', { name: 'Rapporter for tilskudd' }, SLOW);
    expect(within(table).getAllByRole('link').map((l) => l.textContent)).toEqual(['Tiltak 2']);
  });

  it('asks for audited accounts at 100 000 kr and refuses a claim above what was paid', async () => {
    await openAt('/dec-1');
    expect(await screen.findByText(/Kreves: tilskuddet er kr.100.000 eller mer/, {}, SLOW)).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Revidert regnskap eller revisorberetning mottatt' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nytt krav om tilbakebetaling' }));
    const dialog = await screen.findByRole('dialog', { name: 'Krav om tilbakebetaling' });
    fireEvent.change(within(dialog).getByLabelText('Beløp som kreves tilbake'), { target: { value: '60 000' } });
    fireEvent.change(within(dialog).getByLabelText('Begrunnelse (faktiske forhold og hovedhensyn)'), { target: { value: 'Ubrukt' } });
    fireEvent.change(within(dialog).getByLabelText('Kommunens kontonummer for innbetalingen'), { target: { value: '15032080119' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre kravet' }));
    expect(await within(dialog).findByText(/Kravet på kr.60.000 er for stort\. Det kan være høyst kr.50.000/, {}, SLOW)).toBeTruthy();
    expect(await getDb().repayments.count()).toBe(0);
  });
});
