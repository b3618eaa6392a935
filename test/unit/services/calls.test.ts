// Calls: create with the year's default rules, edit, status workflow, and re-screening on rule change.
import { describe, expect, it } from 'vitest';
import { defaultCallRules } from '@renderer/domain/call';
import { changeCallStatus, createCall, updateCall } from '@renderer/services/calls';
import { changeApplicationStatus, createApplication } from '@renderer/services/applications';
import { EntityNotFoundError } from '@renderer/services/errors';
import { FIXED_NOW, testContext, validationErrorOf } from './test-context';
import { KR, applicationInput, callInput, seedApplication } from './applications.fixtures';

const r5Of = async (ctx: ReturnType<typeof testContext>, applicationId: string) =>
  (await ctx.db.screenings.where('applicationId').equals(applicationId).first())?.results.find((r) => r.rule === 'R5');

describe('createCall', () => {
  it('starts as a draft with the defaults of its year, merged with the rules given, and logs it', async () => {
    const ctx = testContext();
    const call = await createCall(ctx, callInput({ year: 2021, rules: { singleMeasureMaxOre: 50_000 * KR } }));

    expect(call).toEqual({
      id: 'id-1',
      createdAt: FIXED_NOW,
      updatedAt: FIXED_NOW,
      ...callInput({ year: 2021 }),
      status: 'utkast',
      rules: { ...defaultCallRules(2021), singleMeasureMaxOre: 50_000 * KR },
    });
    expect(call.rules.reportDueDate).toBe('2022-02-01');
    expect(await ctx.db.calls.get('id-1')).toEqual(call);
    expect(await ctx.db.changeLog.toArray()).toMatchObject([{ entity: 'calls', entityId: 'id-1', action: 'opprettet' }]);
  });

  it('refuses invalid input in Norwegian and writes nothing', async () => {
    const ctx = testContext();
    const error = await validationErrorOf(
      createCall(ctx, callInput({ title: ' ', deadline: '2020-02-30', budgetFrameOre: 10.5 })),
    );
    expect(error.fieldErrors).toEqual({
      title: 'Tittelen må fylles ut',
      deadline: 'Ugyldig dato (bruk ÅÅÅÅ-MM-DD)',
      budgetFrameOre: 'Beløpet må være et helt antall øre',
    });
    expect(await ctx.db.calls.count()).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(0);
  });

  it('refuses an unknown municipality and sub-goal frames above the budget frame', async () => {
    const ctx = testContext();
    expect((await validationErrorOf(createCall(ctx, callInput({ municipalityId: '9999' })))).fieldErrors).toEqual({
      municipalityId: 'Velg en av kommunene i listen',
    });
    const frames = await validationErrorOf(
      createCall(ctx, callInput({ budgetFrameOre: 100_000 * KR, subGoalFramesOre: { A: 60_000 * KR, C: 50_000 * KR } })),
    );
    expect(frames.fieldErrors).toEqual({
      subGoalFramesOre: 'Rammene per delmål er til sammen kr\u00a0110\u00a0000, mer enn budsjettrammen kr\u00a0100\u00a0000',
    });
    expect(await ctx.db.calls.count()).toBe(0);
  });
});

describe('updateCall', () => {
  it('changes fields, keeps the status, and logs before and after', async () => {
    const ctx = testContext();
    const call = await createCall(ctx, callInput());
    const updated = await updateCall(ctx, call.id, { title: 'Tilskudd 2020, andre runde', status: 'vedtatt' } as never);
    expect(updated).toMatchObject({ title: 'Tilskudd 2020, andre runde', status: 'utkast' });
    const rows = await ctx.db.changeLog.orderBy('id').toArray();
    expect(rows.map((r) => r.action)).toEqual(['opprettet', 'endret']);
    expect(rows[1]).toMatchObject({ before: { title: callInput().title }, after: { title: 'Tilskudd 2020, andre runde' } });
  });

  it('re-screens the call’s applications when a rule changes: a raised minimum fails R5', async () => {
    const ctx = testContext();
    const { callId, applicationId } = await seedApplication(ctx, { amountAppliedOre: 40_000 * KR });
    expect((await r5Of(ctx, applicationId))?.result).toBe('bestatt');

    await updateCall(ctx, callId, { rules: { singleMeasureMinOre: 50_000 * KR } });

    expect((await ctx.db.calls.get(callId))?.rules).toEqual({ ...defaultCallRules(2020), singleMeasureMinOre: 50_000 * KR });
    expect((await r5Of(ctx, applicationId))?.result).toBe('ikke_bestatt');
    const [callChange, screeningChange] = (await ctx.db.changeLog.orderBy('id').toArray()).slice(-2);
    expect(callChange).toMatchObject({ entity: 'calls', action: 'endret' });
    expect(screeningChange).toMatchObject({ entity: 'screenings', action: 'endret' });
  });

  it('clears a local limit set to undefined', async () => {
    const ctx = testContext();
    const call = await createCall(ctx, callInput({ rules: { maxApplicationsPerOrganisation: 2 } }));
    const updated = await updateCall(ctx, call.id, { rules: { maxApplicationsPerOrganisation: undefined } });
    expect(updated.rules).toEqual(defaultCallRules(2020));
  });

  it('does not re-screen decided applications', async () => {
    const ctx = testContext();
    const { callId, applicationId } = await seedApplication(ctx);
    for (const s of ['under_behandling', 'vurdert', 'vedtatt'] as const) await changeApplicationStatus(ctx, applicationId, s);
    await updateCall(ctx, callId, { rules: { singleMeasureMinOre: 50_000 * KR } });
    expect((await r5Of(ctx, applicationId))?.result).toBe('bestatt');
  });

  it('refuses invalid rules and writes nothing, not even a screening', async () => {
    const ctx = testContext();
    const { callId } = await seedApplication(ctx);
    const logged = await ctx.db.changeLog.count();
    const error = await validationErrorOf(updateCall(ctx, callId, { rules: { appealDeadlineWeeks: 0 } }));
    expect(error.fieldErrors).toEqual({ 'rules.appealDeadlineWeeks': 'Klagefristen må være minst 1 uke' });
    expect(await ctx.db.changeLog.count()).toBe(logged);
  });

  it('refuses rule changes once the call is decided, and any change once archived', async () => {
    const ctx = testContext();
    const call = await createCall(ctx, callInput());
    for (const s of ['apen', 'lukket', 'vedtatt'] as const) await changeCallStatus(ctx, call.id, s);
    expect((await validationErrorOf(updateCall(ctx, call.id, { rules: { singleMeasureMinOre: 1 } }))).fieldErrors).toEqual({
      rules: 'Reglene kan ikke endres etter at utlysningen er vedtatt.',
    });
    await updateCall(ctx, call.id, { title: 'Ny tittel' });
    await changeCallStatus(ctx, call.id, 'arkivert');
    expect((await validationErrorOf(updateCall(ctx, call.id, { title: 'Enda en' }))).message).toBe(
      'Utlysningen er arkivert og kan ikke endres.',
    );
  });

  it('refuses an unknown call', async () => {
    const ctx = testContext();
    await expect(updateCall(ctx, 'nope', { title: 'X' })).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});

describe('changeCallStatus', () => {
  it('walks the call through its statuses and back one step, logging each move', async () => {
    const ctx = testContext();
    const call = await createCall(ctx, callInput());
    for (const s of ['apen', 'lukket', 'apen', 'lukket', 'vedtatt', 'arkivert'] as const) {
      expect((await changeCallStatus(ctx, call.id, s)).status).toBe(s);
    }
    const rows = await ctx.db.changeLog.orderBy('id').toArray();
    expect(rows).toHaveLength(7);
    expect(rows[1]).toMatchObject({ action: 'endret', before: { status: 'utkast' }, after: { status: 'apen' } });
  });

  it('refuses a skipped step in Norwegian and writes nothing', async () => {
    const ctx = testContext();
    const call = await createCall(ctx, callInput());
    const error = await validationErrorOf(changeCallStatus(ctx, call.id, 'vedtatt'));
    expect(error.fieldErrors).toEqual({
      status: 'Utlysningen kan ikke endres fra «utkast» til «vedtatt». Den kan bare endres til «åpen».',
    });
    expect((await ctx.db.calls.get(call.id))?.status).toBe('utkast');
    expect(await ctx.db.changeLog.count()).toBe(1);
  });

  it('an archived call takes no new applications', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedApplication(ctx);
    for (const s of ['lukket', 'vedtatt', 'arkivert'] as const) await changeCallStatus(ctx, callId, s);
    const error = await validationErrorOf(createApplication(ctx, applicationInput(callId, organisationId)));
    expect(error.fieldErrors.callId).toContain('er arkivert');
  });
});
