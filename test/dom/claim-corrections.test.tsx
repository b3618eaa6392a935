// Correcting a repayment claim on the claim page: the confirm dialogs, a refusal shown in the dialog,
// and a withdrawn claim that stays in the case marked Trukket.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { getDb } from '@renderer/data/db';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { CurrentSettingsContext } from '@renderer/components/current-settings';
import ReportsPage from '@renderer/features/reports/ReportsPage';
import { defaultContext } from '@renderer/services/context';
import { createRepaymentClaim, registerRepaymentPayment } from '@renderer/services/repayments/claims';
import { seedCall, seedGrant } from '../unit/reports/grant-fixture';
import { completeSetup } from './helpers/render-app';

const SLOW = { timeout: 8000 };

vi.mock('@renderer/platform', () => ({
  getPlatform: () => ({ kind: 'browser', saveFile: vi.fn(async () => ({ saved: true })), onMenuCommand: () => () => {} }),
}));

async function openClaim(paidKr = 0) {
  await completeSetup();
  const db = getDb();
  await seedCall(db);
  const decisionId = await seedGrant(db, 1, 100_000, [50_000]);
  const claim = await createRepaymentClaim(defaultContext(db), {
    decisionId, basis: 'ubrukte_midler', amountOre: 5_000_00, reason: 'To kurs ble avlyst.',
    decidedAt: '2021-03-01', deadline: '2099-04-01', accountNumber: '15032080119',
  });
  if (paidKr > 0) await registerRepaymentPayment(defaultContext(db), { repaymentId: claim.id, date: '2021-03-10', amountOre: paidKr * 100 });
  const settings = (await db.settings.get(SETTINGS_ID))!;
  const municipality = await db.municipalities.get('4601');
  render(
    <CurrentSettingsContext.Provider value={{ settings, municipality }}>
      <MemoryRouter initialEntries={[`/${decisionId}`]}>
        <ReportsPage />
      </MemoryRouter>
    </CurrentSettingsContext.Provider>,
  );
  return claim.id;
}

describe('correcting a repayment claim', { timeout: 30_000 }, () => {
  it('withdraws the claim with a reason after confirming; it stays in the case as Trukket', async () => {
    const id = await openClaim();
    fireEvent.click(await screen.findByRole('button', { name: 'Trekk kravet' }, SLOW));
    const dialog = await screen.findByRole('dialog', { name: 'Trekk kravet om tilbakebetaling?' });
    const confirm = within(dialog).getByRole('button', { name: 'Trekk kravet' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    expect(document.activeElement?.textContent).toBe('Avbryt');
    fireEvent.change(within(dialog).getByLabelText(/Begrunnelse for å trekke kravet/), { target: { value: 'Rapporten var lest feil.' } });
    fireEvent.click(confirm);
    expect(await screen.findByText(/^Kravet ble trukket \d\d\.\d\d\.\d{4} av /, {}, SLOW)).toBeTruthy();
    expect(screen.getByText('Rapporten var lest feil.')).toBeTruthy();
    expect(screen.getAllByText('Trukket').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Registrer innbetaling' })).toBeNull();
    expect((await getDb().repayments.get(id))?.withdrawn?.reason).toBe('Rapporten var lest feil.');
  });

  it('shows why a claim with money paid in cannot be withdrawn, and keeps it', async () => {
    const id = await openClaim(1_000);
    fireEvent.click(await screen.findByRole('button', { name: 'Trekk kravet' }, SLOW));
    const dialog = await screen.findByRole('dialog', { name: 'Trekk kravet om tilbakebetaling?' });
    fireEvent.change(within(dialog).getByLabelText(/Begrunnelse for å trekke kravet/), { target: { value: 'Feil' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Trekk kravet' }));
    expect(await within(dialog).findByText(/Kravet kan ikke trekkes: kr.1.000 er allerede innbetalt på det/, {}, SLOW)).toBeTruthy();
    expect((await getDb().repayments.get(id))?.withdrawn).toBeUndefined();
  });

  it('corrects the amount before the letter is sent', async () => {
    const id = await openClaim();
    fireEvent.click(await screen.findByRole('button', { name: 'Rett kravet' }, SLOW));
    const dialog = await screen.findByRole('dialog', { name: 'Rett kravet om tilbakebetaling' });
    fireEvent.change(within(dialog).getByLabelText(/Beløp som kreves tilbake/), { target: { value: '4 000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lagre rettelsen' }));
    await waitFor(async () => expect((await getDb().repayments.get(id))?.amountOre).toBe(4_000_00), SLOW);
    expect(await screen.findByText(/Krav på kr.4.000/, {}, SLOW)).toBeTruthy();
  });
});
