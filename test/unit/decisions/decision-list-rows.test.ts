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
import { KR, ORGNR, applicationInput, callInput, organisationInput, seedCallAndOrganisation } from '../services/applications.fixtures';
import { createCall } from '@renderer/services/calls';
import type { Application } from '@renderer/domain/application';
import type { Decision } from '@renderer/domain/decision';
import type { Letter } from '@renderer/domain/letter';

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

describe('loadDecisionRows for a call of hundreds, beside another call', () => {
  // Written straight to the tables (the slim heads are kept in step by the database's mirrors):
  // two calls of 250 applications each, with random ids as the program gives them, so the two
  // calls' decisions and letters lie mixed in their indexes and the reader must pick its own.
  async function seedTwoBigCalls() {
    const { ctx, callId } = await seedCall();
    const other = await createCall(ctx, callInput({ title: 'Annen utlysning' }));
    const organisations = await ctx.db.organisations.toArray();
    const at = '2020-03-01T08:00:00.000Z';
    const applications: Application[] = [];
    const decisions: Decision[] = [];
    const letters: Letter[] = [];
    for (const [c, call] of [callId, other.id].entries()) {
      for (let i = 0; i < 250; i++) {
        const app = { ...applicationInput(call, organisations[i % organisations.length]!.id, { title: `Tiltak ${c}-${i}` }), id: crypto.randomUUID(), status: 'mottatt', receivedDate: '2020-02-01', createdAt: at, updatedAt: at } as Application;
        applications.push(app);
        // Three of four decided; every other decision has its letter.
        if (i % 4 === 3) continue;
        const decision = { id: crypto.randomUUID(), applicationId: app.id, callId: app.callId, outcome: 'innvilget', amountAppliedOre: app.amountAppliedOre, amountGrantedOre: 1_000 * KR + i, decidedAt: '2020-03-01', createdAt: at, updatedAt: at } as Decision;
        decisions.push(decision);
        if (i % 2 === 0) letters.push({ id: crypto.randomUUID(), decisionId: decision.id, createdAt: '2020-03-02T08:00:00.000Z', language: 'nb', sha256: 'x', kind: 'innvilgelse', bytes: PDF } as unknown as Letter);
      }
    }
    await ctx.db.transaction('rw', [ctx.db.applications, ctx.db.applicationHeads, ctx.db.decisions, ctx.db.letters, ctx.db.letterHeads], async () => {
      await ctx.db.applications.bulkAdd(applications);
      await ctx.db.decisions.bulkAdd(decisions);
      await ctx.db.letters.bulkAdd(letters);
    });
    return { ctx, callId, applications, decisions, letters };
  }

  it('gives each row its own decision and letter, and sums the budget of the call alone', async () => {
    const { ctx, callId, applications, decisions, letters } = await seedTwoBigCalls();
    const data = (await loadDecisionRows(ctx.db, callId))!;
    const ofCall = new Set(applications.filter((a) => a.callId === callId).map((a) => a.id));
    // The four applications seedCall made, and the 250 written here.
    expect(data.rows).toHaveLength(254);
    expect(data.rows.every((r) => ofCall.has(r.application.id) || r.decision === undefined)).toBe(true);
    const decisionOf = new Map(decisions.map((d) => [d.applicationId, d]));
    const lettered = new Set(letters.map((l) => l.decisionId));
    for (const row of data.rows.filter((r) => ofCall.has(r.application.id))) {
      const decision = decisionOf.get(row.application.id);
      expect(row.decision?.id).toBe(decision?.id);
      expect(row.letter.kind).toBe(decision && lettered.has(decision.id) ? 'made' : 'none');
    }
    const granted = decisions.filter((d) => ofCall.has(d.applicationId)).reduce((sum, d) => sum + d.amountGrantedOre, 0);
    expect(data.budget?.total.grantedOre).toBe(granted);
    expect(data.rows.every((r) => r.organisationName !== '')).toBe(true);
  });

  it('shows an organisation renamed since the last read', async () => {
    const { ctx, callId } = await seedTwoBigCalls();
    const before = (await loadDecisionRows(ctx.db, callId))!;
    const row = before.rows.find((r) => r.organisationName === 'arna idrettslag')!;
    const organisation = (await ctx.db.organisations.where('orgnr').equals(row.orgnr).first())!;
    await ctx.db.organisations.put({ ...organisation, name: 'Arna idrettslag og korps' });
    const after = (await loadDecisionRows(ctx.db, callId))!;
    expect(after.rows.find((r) => r.application.id === row.application.id)?.organisationName).toBe('Arna idrettslag og korps');
    expect(after.rows.some((r) => r.organisationName === 'arna idrettslag')).toBe(false);
  });
});

describe('loadDecisionRows: the first rows agree with a read of the whole call', () => {
  // A changed decision (the old one superseded, both with letters) and a grant that lapsed for want
  // of acceptance (R11): the first rows are read another way than the whole call
  // (data/raw-batch.ts), and must show the same.
  async function seedChangedAndLapsed() {
    const { ctx, callId, tiltak10, tiltak2, orstaApp, home } = await seedCall();
    const lettered = (decisionId: string) => saveDecisionLetter(ctx, { decisionId, language: 'nb', bytes: PDF });
    const change = async (decision: Decision, id: string): Promise<Decision> => {
      const changed: Decision = { ...decision, id, supersedesDecisionId: decision.id, outcome: 'delvis_innvilget', amountGrantedOre: 5_000 * KR, decidedAt: '2099-01-02' };
      await ctx.db.decisions.add(changed);
      return changed;
    };
    // Tiltak 2: changed, and the letter made for the new decision.
    const changed = await change(await decideApplication(ctx, { applicationId: tiltak2.id, outcome: 'innvilget' }), 'changed-with-letter');
    await lettered(changed.id);
    // Språkkafé: the letter was made for the old decision; the new one still needs its own.
    const oldWithLetter = await decideApplication(ctx, { applicationId: home.id, outcome: 'innvilget' });
    await lettered(oldWithLetter.id);
    const changedLater = await change(oldWithLetter, 'changed-without-letter');
    const lapsing = await decideApplication(ctx, { applicationId: tiltak10.id, outcome: 'innvilget' });
    await lettered(lapsing.id);
    await ctx.db.acceptances.add({ id: 'lapsed', createdAt: lapsing.createdAt, updatedAt: lapsing.createdAt, decisionId: lapsing.id, status: 'bortfalt', lapsedDate: '2099-06-01' });
    await decideApplication(ctx, { applicationId: orstaApp.id, outcome: 'avslatt', amountGrantedOre: 0, justification: 'Utenfor ordningen.' });
    return { ctx, callId, changed, changedLater, lapsing };
  }

  it('shows the current decision of a changed one, with its own letter status, and leaves a lapsed grant out of the budget', async () => {
    const { ctx, callId, changed, changedLater, lapsing } = await seedChangedAndLapsed();
    const whole = (await loadDecisionRows(ctx.db, callId))!;
    // All four rows asked for: the first read is the whole call, with its budget.
    const first = (await loadDecisionRows(ctx.db, callId, 4))!;
    expect(first).toEqual(whole);
    const rowOf = (decision: Decision) => first.rows.find((r) => r.application.id === decision.applicationId)!;
    expect(rowOf(changed)).toMatchObject({ decision: { id: changed.id, outcome: 'delvis_innvilget' }, letter: { kind: 'made' } });
    expect(rowOf(changedLater)).toMatchObject({ decision: { id: changedLater.id }, letter: { kind: 'none' } });
    expect(rowOf(lapsing)).toMatchObject({ decision: { id: lapsing.id }, letter: { kind: 'made' } });
    // Granted: the two changed decisions' 5 000 kr each; the lapsed 40 000 kr is free again.
    expect(first.budget?.total.grantedOre).toBe(10_000 * KR);
  });

  it('gives each of fewer rows than the call has exactly as the whole read does', async () => {
    const { ctx, callId } = await seedChangedAndLapsed();
    const whole = (await loadDecisionRows(ctx.db, callId))!;
    for (const limit of [1, 2, 3]) {
      const first = (await loadDecisionRows(ctx.db, callId, limit))!;
      expect(first.complete).toBe(false);
      expect(first.rows).toHaveLength(limit);
      for (const row of first.rows) expect(row).toEqual(whole.rows.find((r) => r.application.id === row.application.id));
    }
  });
});
