import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { getDb } from '@renderer/data/db';
import { createApplication } from '@renderer/services/applications';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import { defaultContext } from '@renderer/services/context';
import { createOrganisation } from '@renderer/services/organisations';
import { completeSetup, renderApp } from './helpers/render-app';

const SLOW = { timeout: 8000 };
const KR = 100;
const REASONS_REQUIRED = 'Begrunnelse må fylles ut når søknaden ikke innvilges fullt ut';

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function openDecisionForm() {
  await completeSetup();
  const ctx = defaultContext();
  const call = await createCall(ctx, {
    year: 2020,
    title: 'Tilskudd 2020',
    municipalityId: '4601',
    deadline: '2020-02-05',
    budgetFrameOre: 1_000_000 * KR,
  });
  await changeCallStatus(ctx, call.id, 'apen');
  const org = await createOrganisation(ctx, {
    orgnr: '864139442',
    name: 'Bergen Røde Kors',
    registeredInFrivillighetsregisteret: true,
    kind: 'frivillig',
  });
  const app = await createApplication(ctx, {
    callId: call.id,
    organisationId: org.id,
    title: 'Norsktrening på biblioteket',
    kind: 'enkelttiltak',
    subGoals: ['B'],
    targetGroups: ['flyktninger'],
    amountAppliedOre: 40_000 * KR,
    receivedDate: '2020-02-01',
  });
  window.location.hash = `#/vedtak/${app.id}`;
  renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Norsktrening på biblioteket' }, SLOW);
  return app.id;
}

function form() {
  return screen.getByRole('form', { name: 'Vedtak' });
}

function justification(): HTMLTextAreaElement {
  return within(form()).getByRole('textbox', { name: /^Begrunnelse/ }) as HTMLTextAreaElement;
}

describe('the decision form', { timeout: 20_000 }, () => {
  it('prefills the amount applied for when granting in full', async () => {
    await openDecisionForm();
    fireEvent.click(within(form()).getByRole('radio', { name: 'Innvilget' }));
    const amount = within(form()).getByRole('textbox', { name: /^Innvilget beløp/ }) as HTMLInputElement;
    expect(amount.value).toBe('40\u00a0000');
    // Above the 30 000 kr threshold: two terms, as the letter will say.
    const letterSays = screen.getByRole('region', { name: 'Slik står det i brevet' }).textContent;
    expect(letterSays).toContain('Over kr\u00a030\u00a0000: utbetales i to terminer.');
    expect(letterSays).toContain('Vårtermin: kr\u00a020\u00a0000');
  });

  it('requires reasons for a partial grant: message at the field, nothing saved', async () => {
    const applicationId = await openDecisionForm();
    fireEvent.click(within(form()).getByRole('radio', { name: 'Delvis innvilget' }));
    const amount = within(form()).getByRole('textbox', { name: /^Innvilget beløp/ });
    fireEvent.change(amount, { target: { value: '25 000' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Lagre vedtaket' }));

    expect(await screen.findByText(REASONS_REQUIRED, {}, SLOW)).toBeTruthy();
    expect(justification().getAttribute('aria-invalid')).toBe('true');
    expect(await getDb().decisions.count()).toBe(0);
    expect((await getDb().applications.get(applicationId))?.status).not.toBe('vedtatt');
  });

  it('requires reasons for a rejection, and saves once a template is inserted', async () => {
    await openDecisionForm();
    fireEvent.click(within(form()).getByRole('radio', { name: 'Avslått' }));
    // No amount to fill in when refusing.
    expect(within(form()).queryByRole('textbox', { name: /^Innvilget beløp/ })).toBeNull();
    fireEvent.click(within(form()).getByRole('button', { name: 'Lagre vedtaket' }));
    expect(await screen.findByText(REASONS_REQUIRED, {}, SLOW)).toBeTruthy();
    expect(await getDb().decisions.count()).toBe(0);

    fireEvent.click(within(form()).getByRole('button', { name: 'Sett inn mal' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Rammen er brukt opp' }));
    expect(justification().value).toContain('Kommunens ramme for tilskuddet i 2020 er kr\u00a01\u00a0000\u00a0000');
    fireEvent.click(within(form()).getByRole('button', { name: 'Lagre vedtaket' }));
    expect(await screen.findByText('Vedtaket er lagret.', {}, SLOW)).toBeTruthy();
    const [decision] = await getDb().decisions.toArray();
    expect(decision).toMatchObject({ outcome: 'avslatt', amountGrantedOre: 0 });
  });
});
