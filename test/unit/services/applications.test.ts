// Applications: registered as 'mottatt' and screened in the same transaction, edited and re-screened,
// and moved along the case workflow.
import { describe, expect, it } from 'vitest';
import {
  changeApplicationStatus,
  createApplication,
  updateApplication,
} from '@renderer/services/applications';
import { createCall } from '@renderer/services/calls';
import { EntityNotFoundError } from '@renderer/services/errors';
import { FIXED_NOW, testContext, validationErrorOf } from './test-context';
import { KR, applicationInput, callInput, seedApplication, seedCallAndOrganisation } from './applications.fixtures';

type Ctx = ReturnType<typeof testContext>;
const screeningOf = (ctx: Ctx, applicationId: string) =>
  ctx.db.screenings.where('applicationId').equals(applicationId).first();
const resultOf = async (ctx: Ctx, applicationId: string, rule: string) =>
  (await screeningOf(ctx, applicationId))?.results.find((r) => r.rule === rule)?.result;

describe('createApplication', () => {
  it('stores it as mottatt with defaults, screens it, and logs both in one go', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const logged = await ctx.db.changeLog.count();
    const created = await createApplication(ctx, applicationInput(callId, organisationId, { status: 'vedtatt' } as never));

    expect(created).toEqual({
      ...applicationInput(callId, organisationId),
      id: 'id-3',
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
      status: 'mottatt',
      description: '',
      budgetLines: [],
      location: 'norge',
      imdiSameActivity: false,
      receptionCentre: false,
    });
    expect(await ctx.db.applications.get('id-3')).toEqual(created);
    const screening = await screeningOf(ctx, 'id-3');
    expect(screening?.results.map((r) => r.rule)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
    const rows = (await ctx.db.changeLog.orderBy('id').toArray()).slice(logged);
    expect(rows.map((r) => [r.entity, r.action])).toEqual([
      ['applications', 'opprettet'],
      ['screenings', 'opprettet'],
    ]);
  });

  it('refuses invalid input in Norwegian and writes nothing', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    const logged = await ctx.db.changeLog.count();
    const error = await validationErrorOf(
      createApplication(
        ctx,
        applicationInput(callId, organisationId, { title: '', subGoals: [], amountAppliedOre: -1, periodFrom: '2020-05-01', periodTo: '2020-04-01' }),
      ),
    );
    expect(error.fieldErrors).toEqual({
      title: 'Tittelen må fylles ut',
      subGoals: 'Velg minst ett delmål',
      amountAppliedOre: 'Beløpet kan ikke være negativt',
      periodTo: 'Periodens slutt kan ikke være før starten',
    });
    expect(await ctx.db.applications.count()).toBe(0);
    expect(await ctx.db.screenings.count()).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(logged);
  });

  it('refuses an unknown call or organisation and writes nothing', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    expect((await validationErrorOf(createApplication(ctx, applicationInput('nope', organisationId)))).fieldErrors).toEqual({
      callId: 'Velg en utlysning som finnes',
    });
    expect((await validationErrorOf(createApplication(ctx, applicationInput(callId, 'nope')))).fieldErrors).toEqual({
      organisationId: 'Velg en organisasjon som finnes',
    });
    expect(await ctx.db.applications.count()).toBe(0);
  });

  it('an earlier-received application pushes a later one past the local limit', async () => {
    const ctx = testContext();
    const call = await createCall(ctx, callInput({ rules: { maxApplicationsPerOrganisation: 1 } }));
    const { organisationId } = await seedCallAndOrganisation(ctx);
    const later = await createApplication(ctx, applicationInput(call.id, organisationId, { receivedDate: '2020-02-03' }));
    expect(await resultOf(ctx, later.id, 'R5')).toBe('bestatt');
    const earlier = await createApplication(ctx, applicationInput(call.id, organisationId, { receivedDate: '2020-02-01' }));
    expect(await resultOf(ctx, earlier.id, 'R5')).toBe('bestatt');
    expect(await resultOf(ctx, later.id, 'R5')).toBe('ikke_bestatt');
  });
});

describe('updateApplication', () => {
  it('changes fields, re-screens, and logs the application and its screening', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    expect(await resultOf(ctx, applicationId, 'R7')).toBe('bestatt');
    const logged = await ctx.db.changeLog.count();

    const updated = await updateApplication(ctx, applicationId, { imdiSameActivity: true, partners: 'Biblioteket' });

    expect(updated).toMatchObject({ imdiSameActivity: true, partners: 'Biblioteket', status: 'mottatt' });
    expect(await resultOf(ctx, applicationId, 'R7')).toBe('ikke_bestatt');
    const rows = (await ctx.db.changeLog.orderBy('id').toArray()).slice(logged);
    expect(rows.map((r) => [r.entity, r.action])).toEqual([
      ['applications', 'endret'],
      ['screenings', 'endret'],
    ]);
  });

  it('refuses invalid input and writes nothing', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const logged = await ctx.db.changeLog.count();
    const error = await validationErrorOf(updateApplication(ctx, applicationId, { kind: 'annet' as never }));
    expect(error.fieldErrors).toEqual({ kind: 'Type må være prosjekt, enkelttiltak, aktivitet eller drift' });
    expect((await ctx.db.applications.get(applicationId))?.kind).toBe('enkelttiltak');
    expect(await ctx.db.changeLog.count()).toBe(logged);
  });

  it('refuses changes once decided', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    for (const s of ['under_behandling', 'vurdert', 'vedtatt'] as const) await changeApplicationStatus(ctx, applicationId, s);
    const error = await validationErrorOf(updateApplication(ctx, applicationId, { amountAppliedOre: 1 * KR }));
    expect(error.message).toBe('Søknaden har status «vedtatt» og kan ikke endres.');
  });

  it('refuses an unknown application', async () => {
    const ctx = testContext();
    await expect(updateApplication(ctx, 'nope', {})).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});

describe('changeApplicationStatus', () => {
  it('follows the workflow to avsluttet, logging each move', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const logged = await ctx.db.changeLog.count();
    for (const s of ['under_behandling', 'vurdert', 'under_behandling', 'vurdert', 'vedtatt', 'avsluttet'] as const) {
      expect((await changeApplicationStatus(ctx, applicationId, s)).status).toBe(s);
    }
    const rows = (await ctx.db.changeLog.orderBy('id').toArray()).slice(logged);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({ entity: 'applications', before: { status: 'mottatt' }, after: { status: 'under_behandling' } });
  });

  it('refuses a refused move in Norwegian and writes nothing', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const logged = await ctx.db.changeLog.count();
    const error = await validationErrorOf(changeApplicationStatus(ctx, applicationId, 'vedtatt'));
    expect(error.fieldErrors).toEqual({
      status: 'Søknaden kan ikke endres fra «mottatt» til «vedtatt». Den kan bare endres til «under behandling» eller «trukket».',
    });
    expect((await ctx.db.applications.get(applicationId))?.status).toBe('mottatt');
    expect(await ctx.db.changeLog.count()).toBe(logged);
  });

  it('withdrawing one application frees a place under the local limit for the next', async () => {
    const ctx = testContext();
    const call = await createCall(ctx, callInput({ rules: { maxApplicationsPerOrganisation: 1 } }));
    const { organisationId } = await seedCallAndOrganisation(ctx);
    const first = await createApplication(ctx, applicationInput(call.id, organisationId, { receivedDate: '2020-02-01' }));
    const second = await createApplication(ctx, applicationInput(call.id, organisationId, { receivedDate: '2020-02-02' }));
    expect(await resultOf(ctx, second.id, 'R5')).toBe('ikke_bestatt');

    await changeApplicationStatus(ctx, first.id, 'trukket');
    expect(await resultOf(ctx, second.id, 'R5')).toBe('bestatt');

    await changeApplicationStatus(ctx, first.id, 'mottatt');
    expect(await resultOf(ctx, second.id, 'R5')).toBe('ikke_bestatt');
  });
});
