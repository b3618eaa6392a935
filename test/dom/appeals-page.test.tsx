// The appeal page for a late appeal: § 31 comes first, a reason is required, and only then the own
// review; reversing asks for the new decision's outcome. Then the list shows the appeal's stage.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { createApplication } from '@renderer/services/applications';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import { defaultContext } from '@renderer/services/context';
import { decideApplication, markLetterSent, saveDecisionLetter } from '@renderer/services/decisions';
import { createOrganisation } from '@renderer/services/organisations';
import { registerAppeal } from '@renderer/services/appeals';
import { completeSetup, renderApp } from './helpers/render-app';

const SLOW = { timeout: 8000 };

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function lateAppeal() {
  await completeSetup();
  const ctx = defaultContext();
  const call = await createCall(ctx, { year: 2020, title: 'Tilskudd 2020', municipalityId: '4601', deadline: '2020-02-05', budgetFrameOre: 100_000_000 });
  await changeCallStatus(ctx, call.id, 'apen');
  const org = await createOrganisation(ctx, { orgnr: '864139442', name: 'Bergen Røde Kors', registeredInFrivillighetsregisteret: true, kind: 'frivillig' });
  const app = await createApplication(ctx, {
    callId: call.id, organisationId: org.id, title: 'Norsktrening', kind: 'enkelttiltak', subGoals: ['B'],
    targetGroups: ['flyktninger'], amountAppliedOre: 2_000_000, receivedDate: '2020-02-01',
  });
  const decision = await decideApplication(ctx, { applicationId: app.id, outcome: 'avslatt', justification: 'Lav måloppnåelse.' });
  const letter = await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: new Uint8Array([37, 80, 68, 70]) });
  await markLetterSent(ctx, letter.id, '2020-03-16');
  // The deadline was 14 April 2020 (Easter moved it); this one came on 20 April.
  return registerAppeal(ctx, {
    decisionId: decision.id, receivedDate: '2020-04-20', appellant: 'Bergen Røde Kors', request: 'Innvilgelse.', signed: true, channel: 'brev',
  });
}

describe('the appeal page', () => {
  it('asks for § 31 first on a late appeal, then offers the own review', async () => {
    const appeal = await lateAppeal();
    window.location.hash = `#/klager/${appeal.id}`;
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Klage: Norsktrening' }, SLOW);
    expect(screen.getAllByText('For sent').length).toBeGreaterThan(0);
    expect(screen.getByText('14.04.2020')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Kommunens vurdering (forvaltningsloven § 33)' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Behandle klagen' }));
    expect(await screen.findByText('Begrunnelsen må fylles ut', undefined, SLOW)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Begrunnelse/ }), { target: { value: 'Brevet ble sendt til feil adresse.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Behandle klagen' }));
    await screen.findByText('Klagen behandles likevel: Brevet ble sendt til feil adresse.', undefined, SLOW);

    const review = (await screen.findByRole('heading', { name: 'Kommunens vurdering (forvaltningsloven § 33)' }, SLOW)).closest('section')!;
    fireEvent.click(within(review).getByRole('radio', { name: 'Omgjøre vedtaket' }));
    fireEvent.change(within(review).getByRole('textbox', { name: /^Hvorfor vedtaket omgjøres/ }), { target: { value: 'Nye opplysninger.' } });
    fireEvent.click(within(review).getByRole('button', { name: 'Omgjøre og lagre nytt vedtak' }));
    expect(await within(review).findByText('Velg utfall for det nye vedtaket', undefined, SLOW)).toBeTruthy();

    // With an outcome the reversal goes through: a new decision replaces the appealed one.
    fireEvent.mouseDown(within(review).getByRole('combobox', { name: /^Utfall/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Innvilget' }, SLOW));
    fireEvent.click(within(review).getByRole('button', { name: 'Omgjøre og lagre nytt vedtak' }));
    expect(await screen.findByText(/Nytt vedtak: Innvilget, kr\s20\s000/, undefined, SLOW)).toBeTruthy();
  }, 60_000);
});
