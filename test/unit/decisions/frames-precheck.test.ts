// The frame check reads a whole call only when the decisions raise what it grants (in total or under
// a sub-goal): a bulk rejection goes through without that read, and gives the answer the full
// check gives; a set of decisions that lowers the total but raises a sub-goal is still checked.
import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { openDatabase } from '@renderer/data/db';
import { bulkDecide, decideApplication } from '@renderer/services/decisions';
import { framesProblem } from '@renderer/services/decisions/bulk';
import { buildPlan } from '@renderer/services/decisions/plan';
import { createApplication } from '@renderer/services/applications';
import { updateCall } from '@renderer/services/calls';
import { testContext } from '../services/test-context';
import { KR, applicationInput, seedCallAndOrganisation } from '../services/applications.fixtures';

/** A context whose database records the index of every query on applications. */
function recordingContext() {
  const queried: string[] = [];
  const db = openDatabase('frames-precheck');
  db.use({
    stack: 'dbcore',
    name: 'record-application-queries',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'applications') return table;
        return { ...table, query: (req) => (queried.push(req.query.index.name || ':id'), table.query(req)) };
      },
    }),
  });
  return Object.assign(testContext({ db }), { queried });
}

async function callWithApplications(ctx: ReturnType<typeof testContext>, subGoals: ('A' | 'B')[][]) {
  const { callId, organisationId } = await seedCallAndOrganisation(ctx);
  const apps = [];
  for (const [i, goals] of subGoals.entries()) {
    apps.push(await createApplication(ctx, applicationInput(callId, organisationId, { title: `Tiltak ${i + 1}`, subGoals: goals })));
  }
  return { callId, apps };
}

describe('the frame check before a bulk decision', () => {
  it('rejects many in a call already above its frame without reading the rest of the call', async () => {
    const ctx = recordingContext();
    const { callId, apps } = await callWithApplications(ctx, [['B'], ['B'], ['B']]);
    await decideApplication(ctx, { applicationId: apps[0]!.id, outcome: 'innvilget' });
    // The frame is lowered below what is granted: rejections lower the overspend and go through.
    await updateCall(ctx, callId, { budgetFrameOre: 10_000 * KR });
    ctx.queried.length = 0;
    const { decided } = await bulkDecide(ctx, [apps[1]!.id, apps[2]!.id], { outcome: 'avslatt', justification: 'Ikke prioritert.' });
    expect(decided.map((d) => d.amountGrantedOre)).toEqual([0, 0]);
    expect(ctx.queried).not.toContain('callId');
  });

  it('still reads the call and refuses grants that would exceed the frame', async () => {
    const ctx = recordingContext();
    const { callId, apps } = await callWithApplications(ctx, [['B'], ['B']]);
    await updateCall(ctx, callId, { budgetFrameOre: 50_000 * KR });
    ctx.queried.length = 0;
    await expect(bulkDecide(ctx, apps.map((a) => a.id), { outcome: 'innvilget' })).rejects.toThrow('Rammen kan ikke overskrides');
    expect(ctx.queried).toContain('callId');
    expect(await ctx.db.decisions.count()).toBe(0);
  });

  it('checks a change that lowers the total but raises a sub-goal above its frame', async () => {
    const ctx = testContext();
    const { callId, apps } = await callWithApplications(ctx, [['A'], ['B']]);
    await updateCall(ctx, callId, { subGoalFramesOre: { B: 20_000 * KR } });
    // 40 000 kr granted under A, then: that grant edited to a rejection, and 40 000 kr granted under B.
    const granted = await decideApplication(ctx, { applicationId: apps[0]!.id, outcome: 'innvilget' });
    const stamp = { actor: 'Kari Saksbehandler', at: '2020-03-02T10:00:00.000Z' };
    const call = (await ctx.db.calls.get(callId))!;
    const [a, b] = [(await ctx.db.applications.get(apps[0]!.id))!, (await ctx.db.applications.get(apps[1]!.id))!];
    const screeningOf = async (id: string) => ctx.db.screenings.where('applicationId').equals(id).first();
    const plans = [
      buildPlan({ application: a, call, decisions: [granted], screening: await screeningOf(a.id) }, stamp, () => 'x', {
        applicationId: a.id,
        outcome: 'avslatt',
        justification: 'Flyttet til delmål B.',
      }),
      buildPlan({ application: b, call, decisions: [], screening: await screeningOf(b.id) }, stamp, () => 'y', {
        applicationId: b.id,
        outcome: 'innvilget',
      }),
    ];
    const problem = await framesProblem(ctx.db, plans);
    expect(problem?.replace(/\u00a0/g, ' ')).toBe(
      'Rammen for delmål B kan ikke overskrides. Rammen er kr 20 000, og med disse vedtakene blir kr 40 000 innvilget under delmål B.',
    );
  });
});
