// The decision page follows the screening: a failed rule is shown with its reason, a grant is
// refused until it is overridden with a reason (from the same page), a dismissal starts from the
// failed rule; the bulk dialog has no default outcome and says what it will do.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@renderer/data/db';
import { createApplication } from '@renderer/services/applications';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import { defaultContext } from '@renderer/services/context';
import { decideApplication, markLetterSent, saveDecisionLetter } from '@renderer/services/decisions';
import { createOrganisation } from '@renderer/services/organisations';
import { completeSetup, renderApp } from './helpers/render-app';

const SLOW = { timeout: 8000 };
const KR = 100;

vi.mock('@renderer/platform', async () => {
  const { fakePlatform } = await import('./helpers/fake-platform');
  return { getPlatform: () => fakePlatform };
});

async function seed(applications: { title: string; amountKr: number; subGoals?: ('A' | 'B' | 'C')[] }[]) {
  await completeSetup();
  const ctx = defaultContext();
  const call = await createCall(ctx, { year: 2020, title: 'Tilskudd 2020', municipalityId: '4601', deadline: '2020-02-05', budgetFrameOre: 1_000_000 * KR });
  await changeCallStatus(ctx, call.id, 'apen');
  const org = await createOrganisation(ctx, { orgnr: '864139442', name: 'Bergen Røde Kors', registeredInFrivillighetsregisteret: true, kind: 'frivillig' });
  const ids: string[] = [];
  for (const a of applications) {
    const app = await createApplication(ctx, {
      callId: call.id, organisationId: org.id, title: a.title, kind: 'prosjekt', subGoals: a.subGoals ?? ['B'],
      targetGroups: ['flyktninger'], amountAppliedOre: a.amountKr * KR, receivedDate: '2020-02-01',
    });
    ids.push(app.id);
  }
  return { callId: call.id, ids };
}

const form = () => screen.getByRole('form', { name: 'Vedtak' });

describe('decision page and bulk dialog', { timeout: 30_000 }, () => {
  it('refuses a grant for a failed rule until it is overridden with a reason from the decision page', async () => {
    const { ids } = await seed([{ title: 'For stort prosjekt', amountKr: 1_200_000 }]);
    window.location.hash = `#/vedtak/${ids[0]}`;
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'For stort prosjekt' }, SLOW);
    const basis = screen.getByTestId('screening-basis');
    expect(basis.textContent).toContain('R5 Type tiltak og beløp:');
    expect(basis.textContent).toContain('over maksimumsbeløpet');

    fireEvent.click(within(form()).getByRole('radio', { name: 'Delvis innvilget' }));
    fireEvent.change(within(form()).getByRole('textbox', { name: /^Innvilget beløp/ }), { target: { value: '900 000' } });
    fireEvent.change(within(form()).getByRole('textbox', { name: /^Begrunnelse/ }), { target: { value: 'Redusert til maksimum.' } });
    fireEvent.click(within(form()).getByRole('button', { name: 'Lagre vedtaket' }));
    expect(await screen.findByText(/kan ikke innvilges fordi den ikke har bestått den formelle vurderingen \(R5:/, {}, SLOW)).toBeTruthy();
    expect(await getDb().decisions.count()).toBe(0);

    fireEvent.click(within(basis).getByRole('button', { name: 'Overstyr R5' }));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Bestått' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Begrunnelse/ }), { target: { value: 'Årsbudsjettet er under grensen' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /Lagre/ }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), SLOW);
    expect(await within(screen.getByTestId('screening-basis')).findByText(/Årsbudsjettet er under grensen/, {}, SLOW)).toBeTruthy();

    fireEvent.click(within(form()).getByRole('button', { name: 'Lagre vedtaket' }));
    expect(await screen.findByText('Vedtaket er lagret.', {}, SLOW)).toBeTruthy();
    expect((await getDb().decisions.toArray())[0]).toMatchObject({ outcome: 'delvis_innvilget', amountGrantedOre: 900_000 * KR });
  });

  it('starts a dismissal from the failed rule', async () => {
    const { ids } = await seed([{ title: 'For stort prosjekt', amountKr: 1_200_000 }]);
    window.location.hash = `#/vedtak/${ids[0]}`;
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'For stort prosjekt' }, SLOW);
    fireEvent.click(within(form()).getByRole('radio', { name: 'Avvist' }));
    const reason = within(form()).getByRole('textbox', { name: /^Begrunnelse/ }) as HTMLTextAreaElement;
    expect(reason.value).toMatch(/^Søknaden avvises fordi dette formelle kravet i regelverket ikke er oppfylt:\nSøkt beløp .* over maksimumsbeløpet .* \(R5\)\.$/);
  });

  it('splits a grant across sub-goals, and the split must add up', async () => {
    const { ids } = await seed([{ title: 'To delmål', amountKr: 100_001, subGoals: ['A', 'C'] }]);
    window.location.hash = `#/vedtak/${ids[0]}`;
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'To delmål' }, SLOW);
    fireEvent.click(within(form()).getByRole('radio', { name: 'Innvilget' }));
    const a = within(form()).getByRole('textbox', { name: 'Delmål A' }) as HTMLInputElement;
    const c = within(form()).getByRole('textbox', { name: 'Delmål C' }) as HTMLInputElement;
    expect([a.value, c.value]).toEqual(['50\u00a0001', '50\u00a0000']);
    fireEvent.input(c, { target: { value: '70 000' } });
    fireEvent.change(c, { target: { value: '70 000' } });
    const sumLine = () => within(form()).getByRole('status').textContent?.replace(/\s/g, ' ');
    expect(sumLine()).toBe('Til sammen kr 120 001, men innvilget beløp er kr 100 001.');
    fireEvent.click(within(form()).getByRole('button', { name: 'Lagre vedtaket' }));
    expect(await screen.findByText(/Fordelingen på delmål må til sammen bli det innvilgede beløpet/, {}, SLOW)).toBeTruthy();
    expect(await getDb().decisions.count()).toBe(0);
    fireEvent.input(a, { target: { value: '30 001' } });
    fireEvent.change(a, { target: { value: '30 001' } });
    expect(sumLine()).toBe('Til sammen kr 100 001.');
    fireEvent.click(within(form()).getByRole('button', { name: 'Lagre vedtaket' }));
    expect(await screen.findByText('Vedtaket er lagret.', {}, SLOW)).toBeTruthy();
    expect((await getDb().decisions.toArray())[0]?.subGoalSplitOre).toEqual({ A: 30_001 * KR, C: 70_000 * KR });
  });

  it('bulk: no outcome until chosen, then a plan that names the sent decision it leaves alone', async () => {
    const { callId, ids } = await seed([
      { title: 'Sendt før', amountKr: 50_000 },
      { title: 'Ny søknad', amountKr: 50_000 },
    ]);
    const ctx = defaultContext();
    const d = await decideApplication(ctx, { applicationId: ids[0]!, outcome: 'innvilget' });
    const letter = await saveDecisionLetter(ctx, { decisionId: d.id, language: 'nb', bytes: new Uint8Array([1]) });
    await markLetterSent(ctx, letter.id, '2020-03-01');
    window.location.hash = `#/vedtak?utlysning=${callId}`;
    renderApp();
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Velg alle søknader' }, SLOW));
    fireEvent.click(screen.getByRole('button', { name: 'Vedta for valgte' }));
    const dialog = await screen.findByRole('dialog', {}, SLOW);
    const submit = within(dialog).getByRole('button', { name: /^Fatt/ }) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
    expect(within(dialog).getByText('Velg utfall')).toBeTruthy();

    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Utfall/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Avslått' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Egen tekst/ }), { target: { value: 'Rammen er brukt opp.' } });
    const plan = await within(dialog).findByTestId('bulk-plan', {}, SLOW);
    await waitFor(() => expect(plan.textContent).toContain('1 søknad blir avslått (nytt vedtak).'), SLOW);
    expect(plan.textContent).toContain('1 søknad hoppes over fordi brevet er sendt og vedtaket er låst.');
    expect(plan.textContent).toContain('«Sendt før»');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Fatt vedtaket' }));
    expect(await screen.findByText('Vedtaket er fattet. 1 søknad ble hoppet over og står som før.', {}, SLOW)).toBeTruthy();
    const sent = await getDb().decisions.where('applicationId').equals(ids[0]!).toArray();
    expect(sent.map((x) => x.outcome)).toEqual(['innvilget']);
  });

  it("confirms R2 for the organisation from the application's screening tab", async () => {
    const { ids } = await seed([{ title: 'Språkkafé', amountKr: 50_000 }, { title: 'Leksehjelp', amountKr: 50_000 }]);
    window.location.hash = `#/soknader/${ids[0]}`;
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Språkkafé' }, SLOW);
    fireEvent.click(screen.getByRole('tab', { name: 'Formell vurdering' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Bekreft for organisasjonen i utlysningen' }, SLOW));
    expect(await screen.findByText('R2 er bekreftet for 1 organisasjon; 2 søknader er vurdert på nytt.', {}, SLOW)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('listitem', { name: /^R2 / }).textContent).toContain('Bestått'), SLOW);
    expect(screen.queryByRole('button', { name: 'Bekreft for organisasjonen i utlysningen' })).toBeNull();
    // The other application of the organisation passes R2 too.
    const other = await getDb().screenings.where('applicationId').equals(ids[1]!).first();
    expect(other?.results.find((r) => r.rule === 'R2')?.result).toBe('bestatt');
  });
});
