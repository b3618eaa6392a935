// Read helpers for the screens: list rows, first rows from the index, organisation and application history.
import { shortApplicationId } from '@renderer/domain/case-reference';
import { describe, expect, it } from 'vitest';
import type { Decision } from '@renderer/domain/decision';
import { changeApplicationStatus, createApplication, updateApplication } from '@renderer/services/applications';
import { changeCallStatus, createCall } from '@renderer/services/calls';
import { createOrganisation } from '@renderer/services/organisations';
import { overrideScreeningRule } from '@renderer/services/screening';
import { getApplicationHistory } from '@renderer/services/queries/application-history';
import { loadApplicationListRows, loadFirstApplicationRows } from '@renderer/services/queries/application-list';
import { getOrganisationHistory } from '@renderer/services/queries/organisation-history';
import { openDatabase } from '@renderer/data/db';
import { spyOnReads } from '../data/read-spy';
import { FIXED_NOW, testContext } from './test-context';
import { KR, ORGNR, applicationInput, callInput, organisationInput, seedApplication } from './applications.fixtures';

type Ctx = ReturnType<typeof testContext>;

/** Two calls, two organisations (one not registered), five applications on four dates. */
async function seedList(ctx: Ctx) {
  const c2020 = await createCall(ctx, callInput());
  const c2021 = await createCall(ctx, callInput({ year: 2021, title: 'Tilskudd 2021' }));
  const redCross = await createOrganisation(ctx, organisationInput());
  const club = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Somalisk Kvinneforening', kind: 'innvandrerorganisasjon', registeredInFrivillighetsregisteret: false }));
  const add = (callId: string, organisationId: string, title: string, receivedDate: string) =>
    createApplication(ctx, applicationInput(callId, organisationId, { title, receivedDate }));
  const apps = {
    a: await add(c2020.id, redCross.id, 'Språkkafé', '2020-02-01'),
    b: await add(c2020.id, club.id, 'Leksehjelp', '2020-02-03'),
    c: await add(c2020.id, redCross.id, 'Turgruppe', '2020-02-03'),
    d: await add(c2021.id, redCross.id, 'Språkkafé 2021', '2021-02-01'),
    e: await add(c2021.id, club.id, 'Kvinnegruppe', '2021-02-02'),
  };
  return { c2020, c2021, redCross, club, apps };
}

describe('loadApplicationListRows', () => {
  it('gives flat rows with organisation, screening summary and search text, newest received first', async () => {
    const ctx = testContext();
    const { c2020, redCross, club, apps } = await seedList(ctx);
    await overrideScreeningRule(ctx, { applicationId: apps.a.id, rule: 'R2', result: 'bestatt', reason: 'Vedtekter kontrollert' });

    const rows = await loadApplicationListRows(ctx.db);

    expect(rows.map((r) => r.title)).toEqual(['Kvinnegruppe', 'Språkkafé 2021', 'Turgruppe', 'Leksehjelp', 'Språkkafé']);
    expect(rows.find((r) => r.id === apps.a.id)).toEqual({
      id: apps.a.id,
      callId: c2020.id,
      title: 'Språkkafé',
      kind: 'enkelttiltak',
      subGoals: ['B'],
      amountAppliedOre: 40_000 * KR,
      status: 'mottatt',
      receivedDate: '2020-02-01',
      organisationName: 'Bergen Røde Kors',
      orgnr: redCross.orgnr,
      organisationKind: 'frivillig',
      screeningSummary: 'bestatt',
      // The short id is what letters print after the year as «Vår ref.» when the call has no case number.
      searchText: `bergen røde kors 864139442 språkkafé ${shortApplicationId(apps.a.id).toLowerCase()}`,
    });
    expect(rows.find((r) => r.id === apps.c.id)?.screeningSummary).toBe('skjonn');
    expect(rows.find((r) => r.id === apps.b.id)).toMatchObject({
      screeningSummary: 'ikke_bestatt',
      organisationName: club.name,
      organisationKind: 'innvandrerorganisasjon',
    });
  });

  it('narrows to one call, and shows never-screened applications as ikke_vurdert', async () => {
    const ctx = testContext();
    const { c2021, apps } = await seedList(ctx);
    // As if never screened: neither the screening nor its summary exists.
    await ctx.db.screenings.where('applicationId').equals(apps.d.id).delete();
    await ctx.db.screeningSummaries.delete(apps.d.id);
    const rows = await loadApplicationListRows(ctx.db, { callId: c2021.id });
    expect(rows.map((r) => [r.title, r.screeningSummary])).toEqual([
      ['Kvinnegruppe', 'ikke_bestatt'],
      ['Språkkafé 2021', 'ikke_vurdert'],
    ]);
  });
});

describe('loadFirstApplicationRows', () => {
  it('returns the first rows of the full list, in the same order, ties on date included', async () => {
    const ctx = testContext();
    await seedList(ctx);
    const all = await loadApplicationListRows(ctx.db);
    expect(await loadFirstApplicationRows(ctx.db, 4)).toEqual(all.slice(0, 4));
    expect(await loadFirstApplicationRows(ctx.db)).toEqual(all);
  });
});

describe('the list readers read the slim heads', () => {
  it('never read a whole application record, first rows or all', async () => {
    const db = openDatabase('spied');
    const spy = spyOnReads(db);
    const ctx = testContext({ db });
    await seedList(ctx);
    spy.reset();
    expect(await loadFirstApplicationRows(db, 2)).toHaveLength(2);
    expect(await loadApplicationListRows(db)).toHaveLength(5);
    expect(spy.valueReads('applicationHeads')).toBe(2);
    expect(spy.valueReads('applications')).toBe(0);
  });
});

describe('getOrganisationHistory', () => {
  it('lists its applications by year with what was applied for and decided', async () => {
    const ctx = testContext();
    const { redCross, apps } = await seedList(ctx);
    const decided: Decision = {
      id: 'd1',
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
      applicationId: apps.a.id,
      callId: apps.a.callId,
      outcome: 'delvis_innvilget',
      amountAppliedOre: 40_000 * KR,
      amountGrantedOre: 25_000 * KR,
      justification: 'Begrenset ramme',
      conditions: '',
      decidedAt: '2020-04-01',
      decidedBy: 'Kari Saksbehandler',
    };
    await ctx.db.decisions.add(decided);

    const history = await getOrganisationHistory(ctx.db, redCross.id);

    expect(history.map((h) => [h.callYear, h.title, h.amountAppliedOre, h.decisionOutcome, h.amountGrantedOre])).toEqual([
      [2021, 'Språkkafé 2021', 40_000 * KR, undefined, undefined],
      [2020, 'Turgruppe', 40_000 * KR, undefined, undefined],
      [2020, 'Språkkafé', 40_000 * KR, 'delvis_innvilget', 25_000 * KR],
    ]);
    expect(history[0]).toMatchObject({ callTitle: 'Tilskudd 2021', status: 'mottatt', kind: 'enkelttiltak' });
  });
});

describe('getApplicationHistory', () => {
  it('gives the application’s and its screening’s change-log entries, newest first, with the changed fields', async () => {
    const ctx = testContext();
    const { applicationId, callId, organisationId } = await seedApplication(ctx);
    const at = (iso: string) => {
      ctx.now = () => new Date(iso);
    };
    at('2020-03-02T09:00:00.000Z');
    await updateApplication(ctx, applicationId, { imdiSameActivity: true });
    at('2020-03-03T09:00:00.000Z');
    await changeApplicationStatus(ctx, applicationId, 'under_behandling');
    // Another application's entries stay out.
    await createApplication(ctx, applicationInput(callId, organisationId, { title: 'Annen søknad' }));
    await changeCallStatus(ctx, callId, 'lukket');

    const history = await getApplicationHistory(ctx.db, applicationId);

    expect(history.map((h) => [h.at, h.entity, h.action, h.changedFields])).toEqual([
      ['2020-03-03T09:00:00.000Z', 'applications', 'endret', ['status']],
      ['2020-03-02T09:00:00.000Z', 'screenings', 'endret', ['results', 'screenedAt']],
      ['2020-03-02T09:00:00.000Z', 'applications', 'endret', ['imdiSameActivity']],
      [FIXED_NOW, 'screenings', 'opprettet', expect.arrayContaining(['applicationId', 'results'])],
      [FIXED_NOW, 'applications', 'opprettet', expect.arrayContaining(['title', 'status'])],
    ]);
  });
});
