// Vedtak og brev's rows: slim, in Norwegian order, first rows before all, and the change signal
// that tells the list to read again.
import { describe, expect, it } from 'vitest';
import { decideApplication, saveDecisionLetter } from '@renderer/services/decisions';
import { createApplication } from '@renderer/services/applications';
import { createOrganisation } from '@renderer/services/organisations';
import { loadDecisionRows } from '@renderer/features/decisions/list/load-decision-rows';
import { changeSignal } from '@renderer/features/applications/list/use-application-rows';
import { openDatabase } from '@renderer/data/db';
import { testContext } from '../services/test-context';
import { spyOnReads } from '../data/read-spy';
import { KR, ORGNR, applicationInput, organisationInput, seedCallAndOrganisation } from '../services/applications.fixtures';

const PDF = new TextEncoder().encode('%PDF-1.7 test letter');

async function seedCall(ctx = testContext()) {
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  const orsta = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Ørsta frivilligsentral' }));
  const arna = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[1], name: 'arna idrettslag' }));
  const make = (organisation: string, title: string, amountAppliedOre = 40_000 * KR) =>
    createApplication(ctx, applicationInput(callId, organisation, { title, amountAppliedOre, description: 'Lang beskrivelse. '.repeat(50) }));
  const tiltak10 = await make(arna.id, 'Tiltak 10');
  const tiltak2 = await make(arna.id, 'Tiltak 2', 20_000 * KR);
  const orstaApp = await make(orsta.id, 'Leksehjelp');
  const home = await make(organisationId, 'Språkkafé');
  return { ctx, callId, tiltak10, tiltak2, orstaApp, home };
}

describe('loadDecisionRows', () => {
  it('gives every application of the call, by organisation then title in Norwegian order, with decision, letter and budget', async () => {
    const { ctx, callId, tiltak2, orstaApp } = await seedCall();
    const decision = await decideApplication(ctx, { applicationId: tiltak2.id, outcome: 'innvilget' });
    await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: PDF });
    await decideApplication(ctx, { applicationId: orstaApp.id, outcome: 'avslatt', amountGrantedOre: 0, justification: 'Utenfor ordningen.' });

    const data = await loadDecisionRows(ctx.db, callId);
    expect(data?.complete).toBe(true);
    const rows = data!.rows;
    // "arna" sorts under a whatever its case, digits by value, Ø after the other letters.
    expect(rows.map((r) => [r.organisationName, r.application.title])).toEqual([
      ['arna idrettslag', 'Tiltak 2'],
      ['arna idrettslag', 'Tiltak 10'],
      [expect.not.stringMatching(/^(arna|Ørsta)/), 'Språkkafé'],
      ['Ørsta frivilligsentral', 'Leksehjelp'],
    ]);
    expect(rows[0]).toMatchObject({ decision: { outcome: 'innvilget', amountGrantedOre: 20_000 * KR }, letter: { kind: 'made' } });
    expect(rows[1]).toMatchObject({ decision: undefined, letter: { kind: 'none' } });
    expect(rows[3]).toMatchObject({ decision: { outcome: 'avslatt' }, letter: { kind: 'none' } });
    // Slim: no description, budget lines or other parts of the records stay in the list.
    expect(Object.keys(rows[0]!.application).sort()).toEqual(['amountAppliedOre', 'id', 'status', 'title']);
    expect(Object.keys(rows[0]!.decision!).sort()).toEqual(['amountGrantedOre', 'id', 'lockedAt', 'outcome', 'updatedAt']);
    expect(data!.budget?.total).toMatchObject({ grantedOre: 20_000 * KR, appliedOre: 140_000 * KR, applicationCount: 4 });
  });

  it('reads only the first rows when asked for fewer than the call has, without a budget yet', async () => {
    const { ctx, callId } = await seedCall();
    const first = await loadDecisionRows(ctx.db, callId, 2);
    expect(first?.complete).toBe(false);
    expect(first?.rows).toHaveLength(2);
    expect(first?.budget).toBeUndefined();
    const exact = await loadDecisionRows(ctx.db, callId, 4);
    expect(exact?.complete).toBe(true);
    expect(exact?.budget?.total.applicationCount).toBe(4);
  });

  it('is null for a call that does not exist', async () => {
    const { ctx } = await seedCall();
    expect(await loadDecisionRows(ctx.db, 'no-such-call')).toBeNull();
  });
});

describe('loadDecisionRows reads slim rows only', () => {
  it('never reads a whole application or a letter with its PDF, first rows or all', async () => {
    const db = openDatabase('spied');
    const spy = spyOnReads(db);
    const { ctx, callId, tiltak2 } = await seedCall(testContext({ db }));
    const decision = await decideApplication(ctx, { applicationId: tiltak2.id, outcome: 'innvilget' });
    await saveDecisionLetter(ctx, { decisionId: decision.id, language: 'nb', bytes: PDF });
    spy.reset();

    const first = await loadDecisionRows(db, callId, 2);
    const all = await loadDecisionRows(db, callId);
    expect(first?.rows).toHaveLength(2);
    expect(all?.rows.find((r) => r.application.id === tiltak2.id)?.letter.kind).toBe('made');
    expect(spy.valueReads('applicationHeads')).toBeGreaterThan(0);
    expect(spy.valueReads('applications')).toBe(0);
    expect(spy.valueReads('letters')).toBe(0);
  });

  it('finds the screening of rows whose summary was stored without its call', async () => {
    const { ctx, callId, tiltak10, home } = await seedCall();
    await ctx.db.screeningSummaries.bulkPut([
      { applicationId: tiltak10.id, summary: 'ikke_bestatt' },
      { applicationId: home.id, summary: 'skjonn', callId },
    ]);
    const rows = (await loadDecisionRows(ctx.db, callId))!.rows;
    expect(rows.find((r) => r.application.id === tiltak10.id)?.screening).toBe('ikke_bestatt');
    expect(rows.find((r) => r.application.id === home.id)?.screening).toBe('skjonn');
  });
});

describe('changeSignal', () => {
  it('stays the same while nothing is written and changes with every logged write', async () => {
    const { ctx, tiltak10 } = await seedCall();
    const before = await changeSignal(ctx.db);
    expect(await changeSignal(ctx.db)).toBe(before);
    await ctx.db.applications.toArray();
    expect(await changeSignal(ctx.db)).toBe(before);
    await decideApplication(ctx, { applicationId: tiltak10.id, outcome: 'innvilget' });
    const after = await changeSignal(ctx.db);
    expect(after).not.toBe(before);
  });
});
