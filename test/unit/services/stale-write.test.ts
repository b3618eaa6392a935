// No lost updates: a save based on a copy that is no longer the stored row is refused, names what
// changed elsewhere, and writes nothing; a save based on the current row goes through.
import { describe, expect, it } from 'vitest';
import { updateApplication } from '@renderer/services/applications';
import { updateCall } from '@renderer/services/calls';
import { updateOrganisation } from '@renderer/services/organisations';
import { StaleWriteError } from '@renderer/services/errors';
import { changedFields } from '@renderer/services/stale-write';
import { testContext } from './test-context';
import { KR, seedApplication } from './applications.fixtures';

async function staleErrorOf(promise: Promise<unknown>): Promise<StaleWriteError> {
  const outcome = await promise.then(
    () => new Error('expected a StaleWriteError, but the save went through'),
    (e: unknown) => e,
  );
  if (!(outcome instanceof StaleWriteError)) throw outcome;
  return outcome;
}

describe('updateApplication with the row it was read at', () => {
  it('refuses the second of two windows that opened the same application, and keeps the first save', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const openedInA = (await ctx.db.applications.get(applicationId))!;
    const openedInB = structuredClone(openedInA);

    await updateApplication(ctx, applicationId, { title: 'Ny tittel fra vindu A' }, { readRow: openedInA });
    const logged = await ctx.db.changeLog.count();
    const error = await staleErrorOf(
      updateApplication(ctx, applicationId, { amountAppliedOre: 55_000 * KR }, { readRow: openedInB }),
    );

    expect(error.message).toBe('Søknaden er endret et annet sted etter at du åpnet den.');
    expect(error.changedFields).toEqual(['title']);
    const stored = await ctx.db.applications.get(applicationId);
    expect(stored?.title).toBe('Ny tittel fra vindu A');
    expect(stored?.amountAppliedOre).toBe(openedInA.amountAppliedOre);
    expect(await ctx.db.changeLog.count()).toBe(logged);
  });

  it('goes through when the copy read is the stored row, even within the same millisecond as the last save', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const first = await updateApplication(ctx, applicationId, { title: 'Først' }, { readRow: (await ctx.db.applications.get(applicationId))! });
    const second = await updateApplication(ctx, applicationId, { amountAppliedOre: 50_000 * KR }, { readRow: first });
    expect(second).toMatchObject({ title: 'Først', amountAppliedOre: 50_000 * KR });
  });

  it('is not checked by callers that read and write in one go', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    await updateApplication(ctx, applicationId, { title: 'A' });
    await expect(updateApplication(ctx, applicationId, { title: 'B' })).resolves.toMatchObject({ title: 'B' });
  });
});

describe('updateCall and updateOrganisation with the row they were read at', () => {
  it('refuses a stale call and a stale organisation, naming the fields changed elsewhere', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedApplication(ctx);
    const call = (await ctx.db.calls.get(callId))!;
    const organisation = (await ctx.db.organisations.get(organisationId))!;

    await updateCall(ctx, callId, { deadline: '2020-02-20' }, { readRow: call });
    const callError = await staleErrorOf(updateCall(ctx, callId, { title: 'Annen tittel' }, { readRow: call }));
    expect(callError.message).toBe('Utlysningen er endret et annet sted etter at du åpnet den.');
    expect(callError.changedFields).toEqual(['deadline']);
    expect((await ctx.db.calls.get(callId))?.title).toBe(call.title);

    await updateOrganisation(ctx, organisationId, { phone: '55 55 55 55' }, { readRow: organisation });
    const orgError = await staleErrorOf(
      updateOrganisation(ctx, organisationId, { contactPerson: 'Per' }, { readRow: organisation }),
    );
    expect(orgError.changedFields).toEqual(['phone']);
    expect((await ctx.db.organisations.get(organisationId))?.contactPerson).toBeUndefined();
  });
});

describe('changedFields', () => {
  it('compares values, not key order, and ignores updatedAt', () => {
    const a = { id: 'x', updatedAt: '1', rules: { a: 1, b: 2 }, title: 'T' };
    const b = { id: 'x', updatedAt: '2', rules: { b: 2, a: 1 }, title: 'T', phone: '1' };
    expect(changedFields(a, b)).toEqual(['phone']);
  });
});
