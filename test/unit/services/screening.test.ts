// The screening service: stored results, overrides, re-screening, and their change-log rows.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { CallRules } from '@renderer/domain/call';
import { effectiveResults } from '@renderer/domain/screening/effective';
import { screeningSummary } from '@renderer/domain/screening/summary';
import type { ServiceContext } from '@renderer/services/context';
import { NotFoundError, ValidationError } from '@renderer/services/errors';
import { resolveStamp } from '@renderer/services/change-log';
import {
  overrideScreeningRule,
  rescreenApplication,
  rescreenCall,
  rescreenInTransaction,
  rescreenOrganisation,
  screeningTables,
} from '@renderer/services/screening';
import { KR, application, call, organisation } from '../domain/screening/fixtures';

let db: AppDatabase | undefined;
afterEach(() => db?.close());

/** Fixed clock (settable per step) and counting ids, so every stored value is predictable. */
function context(): ServiceContext & { db: AppDatabase; setNow: (iso: string) => void } {
  db = openDatabase('screening-test');
  let now = '2020-03-01T10:00:00.000Z';
  let next = 0;
  return {
    db,
    now: () => new Date(now),
    newId: () => `id-${++next}`,
    actor: () => 'Kari Saksbehandler',
    setNow: (iso) => {
      now = iso;
    },
  };
}

async function seed(ctx: { db: AppDatabase }, apps: Application[] = [application()], rules: Partial<CallRules> = {}) {
  await ctx.db.organisations.add(organisation());
  await ctx.db.calls.add(call({}, rules));
  await ctx.db.applications.bulkAdd(apps);
}

const screeningOf = (ctx: { db: AppDatabase }, applicationId = 'app-1') =>
  ctx.db.screenings.where('applicationId').equals(applicationId).first();
const log = (ctx: { db: AppDatabase }) => ctx.db.changeLog.orderBy('id').toArray();

describe('rescreenApplication', () => {
  it('stores one result per rule with the time, and logs the creation', async () => {
    const ctx = context();
    await seed(ctx);
    const { screening, changed } = await rescreenApplication(ctx, 'app-1');

    expect(changed).toBe(true);
    expect(screening).toMatchObject({ id: 'id-1', applicationId: 'app-1', overrides: [], screenedAt: '2020-03-01T10:00:00.000Z' });
    expect(screening.results.map((r) => r.rule)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']);
    expect(await screeningOf(ctx)).toEqual(screening);
    const rows = await log(ctx);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      entity: 'screenings',
      entityId: 'id-1',
      action: 'opprettet',
      actor: 'Kari Saksbehandler',
      at: '2020-03-01T10:00:00.000Z',
      before: null,
    });
  });

  it('writes nothing when the results are unchanged', async () => {
    const ctx = context();
    await seed(ctx);
    const first = await rescreenApplication(ctx, 'app-1');
    ctx.setNow('2020-03-05T10:00:00.000Z');
    const again = await rescreenApplication(ctx, 'app-1');

    expect(again.changed).toBe(false);
    expect(again.screening).toEqual(first.screening);
    expect(await log(ctx)).toHaveLength(1);
  });

  it('refuses an unknown application', async () => {
    const ctx = context();
    await expect(rescreenApplication(ctx, 'nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('overrideScreeningRule', () => {
  it('stores the override with who and when, logs it as overstyrt, and it wins in the effective results', async () => {
    const ctx = context();
    await seed(ctx);
    await rescreenApplication(ctx, 'app-1');
    ctx.setNow('2020-03-02T09:30:00.000Z');

    const saved = await overrideScreeningRule(ctx, {
      applicationId: 'app-1',
      rule: 'R2',
      result: 'bestatt',
      reason: '  Vedtektene viser ideell, ikke-offentlig virksomhet  ',
    });

    expect(saved.overrides).toEqual([
      {
        rule: 'R2',
        result: 'bestatt',
        reason: 'Vedtektene viser ideell, ikke-offentlig virksomhet',
        by: 'Kari Saksbehandler',
        at: '2020-03-02T09:30:00.000Z',
      },
    ]);
    expect(await screeningOf(ctx)).toEqual(saved);
    const effective = effectiveResults(saved.results, saved.overrides);
    const r2 = effective.find((r) => r.rule === 'R2');
    expect(r2?.result).toBe('bestatt');
    expect(r2?.automatic.result).toBe('skjonn');
    expect(screeningSummary(effective)).toBe('bestatt');

    const rows = await log(ctx);
    expect(rows.map((r) => r.action)).toEqual(['opprettet', 'overstyrt']);
    expect(rows[1]).toMatchObject({ entityId: saved.id, at: '2020-03-02T09:30:00.000Z', actor: 'Kari Saksbehandler' });
  });

  it('refuses a blank reason in Norwegian and writes nothing', async () => {
    const ctx = context();
    await seed(ctx);
    const attempt = overrideScreeningRule(ctx, { applicationId: 'app-1', rule: 'R2', result: 'bestatt', reason: '   ' });

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow('Begrunnelsen for overstyringen må fylles ut');
    expect(await ctx.db.screenings.count()).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(0);
  });

  it('screens an application first if it was never screened', async () => {
    const ctx = context();
    await seed(ctx);
    const saved = await overrideScreeningRule(ctx, {
      applicationId: 'app-1',
      rule: 'R7',
      result: 'ikke_bestatt',
      reason: 'Samme aktivitet er støttet via sentralleddet',
    });
    expect(saved.results).toHaveLength(8);
    expect(saved.overrides).toHaveLength(1);
    expect((await log(ctx)).map((r) => r.action)).toEqual(['opprettet', 'overstyrt']);
  });

  it('keeps earlier overrides as history', async () => {
    const ctx = context();
    await seed(ctx);
    await overrideScreeningRule(ctx, { applicationId: 'app-1', rule: 'R2', result: 'bestatt', reason: 'Første' });
    ctx.setNow('2020-03-03T09:00:00.000Z');
    const saved = await overrideScreeningRule(ctx, { applicationId: 'app-1', rule: 'R2', result: 'ikke_bestatt', reason: 'Andre' });
    expect(saved.overrides.map((o) => o.reason)).toEqual(['Første', 'Andre']);
    expect(effectiveResults(saved.results, saved.overrides).find((r) => r.rule === 'R2')?.reason).toBe('Andre');
  });
});

describe('rescreenCall', () => {
  it("updates results when the call's rules change, keeps the overrides, and logs the change", async () => {
    const ctx = context();
    await seed(ctx, [application({ amountAppliedOre: 40_000 * KR })]);
    await rescreenCall(ctx, 'call-1');
    await overrideScreeningRule(ctx, { applicationId: 'app-1', rule: 'R2', result: 'bestatt', reason: 'Bekreftet' });
    expect((await screeningOf(ctx))?.results.find((r) => r.rule === 'R5')?.result).toBe('bestatt');

    await ctx.db.calls.update('call-1', { 'rules.singleMeasureMinOre': 50_000 * KR });
    ctx.setNow('2020-03-04T12:00:00.000Z');
    const [outcome] = await rescreenCall(ctx, 'call-1');

    expect(outcome?.changed).toBe(true);
    const stored = await screeningOf(ctx);
    const r5 = stored?.results.find((r) => r.rule === 'R5');
    expect(r5?.result).toBe('ikke_bestatt');
    expect(r5?.reason).toContain('under minstebeløpet kr\u00a050\u00a0000');
    expect(stored?.overrides.map((o) => o.reason)).toEqual(['Bekreftet']);
    expect(stored?.screenedAt).toBe('2020-03-04T12:00:00.000Z');
    const rows = await log(ctx);
    expect(rows.map((r) => r.action)).toEqual(['opprettet', 'overstyrt', 'endret']);
    expect(rows[2]).toMatchObject({ at: '2020-03-04T12:00:00.000Z', entityId: stored?.id });
  });

  it('screens all applications of the call in one transaction: one failure writes nothing', async () => {
    const ctx = context();
    await seed(ctx, [
      application({ id: 'app-1' }),
      application({ id: 'app-2', organisationId: 'missing-org' }),
    ]);
    await expect(rescreenCall(ctx, 'call-1')).rejects.toBeInstanceOf(NotFoundError);
    expect(await ctx.db.screenings.count()).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(0);
  });

  it("fails the organisation's applications beyond the local limit, counting by date received, withdrawn ones left out", async () => {
    const ctx = context();
    await seed(
      ctx,
      [
        application({ id: 'a-third', receivedDate: '2020-02-04' }),
        application({ id: 'a-first', receivedDate: '2020-02-01' }),
        application({ id: 'a-withdrawn', receivedDate: '2020-02-02', status: 'trukket' }),
        application({ id: 'a-second', receivedDate: '2020-02-03' }),
      ],
      { maxApplicationsPerOrganisation: 2 },
    );
    await rescreenCall(ctx, 'call-1');
    const r5 = async (id: string) => (await screeningOf(ctx, id))?.results.find((r) => r.rule === 'R5');
    expect((await r5('a-first'))?.result).toBe('bestatt');
    expect((await r5('a-second'))?.result).toBe('bestatt');
    expect((await r5('a-third'))?.result).toBe('ikke_bestatt');
    expect((await r5('a-third'))?.reason).toContain('Organisasjonen har 2 andre søknader i utlysningen før denne');
  });

  it('refuses an unknown call', async () => {
    const ctx = context();
    await expect(rescreenCall(ctx, 'nope')).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('rescreenOrganisation', () => {
  it('re-screens the organisation’s applications after its registry status changes', async () => {
    const ctx = context();
    await seed(ctx);
    await rescreenApplication(ctx, 'app-1');
    await ctx.db.organisations.update('org-1', { registeredInFrivillighetsregisteret: false });
    await rescreenOrganisation(ctx, 'org-1');
    const r1 = (await screeningOf(ctx))?.results.find((r) => r.rule === 'R1');
    expect(r1?.result).toBe('ikke_bestatt');
  });
});

describe('rescreenInTransaction', () => {
  it("joins another service's transaction, so the entity change and the new screening commit together", async () => {
    const ctx = context();
    await seed(ctx);
    const stamp = await resolveStamp(ctx);
    await ctx.db.transaction('rw', screeningTables(ctx.db), async () => {
      await ctx.db.applications.update('app-1', { imdiSameActivity: true });
      await rescreenInTransaction(ctx, stamp, 'app-1');
    });
    expect((await screeningOf(ctx))?.results.find((r) => r.rule === 'R7')?.result).toBe('ikke_bestatt');
  });

  it('is rolled back with the caller’s transaction', async () => {
    const ctx = context();
    await seed(ctx);
    const stamp = await resolveStamp(ctx);
    const failing = ctx.db.transaction('rw', screeningTables(ctx.db), async () => {
      await rescreenInTransaction(ctx, stamp, 'app-1');
      throw new Error('the caller fails later');
    });
    await expect(failing).rejects.toThrow('the caller fails later');
    expect(await ctx.db.screenings.count()).toBe(0);
    expect(await ctx.db.changeLog.count()).toBe(0);
  });

  it('refuses to run outside a transaction over the screening tables', async () => {
    const ctx = context();
    await seed(ctx);
    const stamp = await resolveStamp(ctx);
    await expect(rescreenInTransaction(ctx, stamp, 'app-1')).rejects.toThrow(/transaction/);
  });
});
