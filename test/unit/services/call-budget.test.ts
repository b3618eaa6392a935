// getCallBudget: the call's sums from its stored applications and decisions.
import { describe, expect, it } from 'vitest';
import type { Decision } from '@renderer/domain/decision';
import { getCallBudget } from '@renderer/services/call-budget';
import { createApplication } from '@renderer/services/applications';
import { EntityNotFoundError } from '@renderer/services/errors';
import { FIXED_NOW, testContext } from './test-context';
import { KR, applicationInput, seedCallAndOrganisation } from './applications.fixtures';

function decision(id: string, application: { id: string; callId: string }, applied: number, granted: number, extra: Partial<Decision> = {}): Decision {
  return {
    id,
    createdAt: FIXED_NOW,
    updatedAt: FIXED_NOW,
    applicationId: application.id,
    callId: application.callId,
    outcome: granted === applied ? 'innvilget' : granted === 0 ? 'avslatt' : 'delvis_innvilget',
    amountAppliedOre: applied,
    amountGrantedOre: granted,
    justification: granted === applied ? '' : 'Begrenset ramme',
    conditions: '',
    decidedAt: '2020-04-01',
    decidedBy: 'Kari Saksbehandler',
    ...extra,
  };
}

describe('getCallBudget', () => {
  it('sums the call’s applications and current decisions, a multi-sub-goal application once in the total', async () => {
    const ctx = testContext();
    const { callId, organisationId } = await seedCallAndOrganisation(ctx);
    await ctx.db.calls.update(callId, { subGoalFramesOre: { C: 500_000 * KR } });
    const both = await createApplication(ctx, applicationInput(callId, organisationId, { subGoals: ['A', 'C'], amountAppliedOre: 100_000 * KR }));
    const onlyB = await createApplication(ctx, applicationInput(callId, organisationId, { subGoals: ['B'], amountAppliedOre: 40_000 * KR }));
    await ctx.db.decisions.bulkAdd([
      decision('d1', both, 100_000 * KR, 100_000 * KR),
      decision('d2', both, 100_000 * KR, 80_000 * KR, { supersedesDecisionId: 'd1', decidedAt: '2020-05-01' }),
      decision('d3', onlyB, 40_000 * KR, 0),
    ]);

    const budget = await getCallBudget(ctx.db, callId);

    expect(budget.total).toEqual({
      frameOre: 2_000_000 * KR,
      appliedOre: 140_000 * KR,
      grantedOre: 80_000 * KR,
      leftOre: 1_920_000 * KR,
      applicationCount: 2,
      repaidOre: 0,
    });
    expect(budget.bySubGoal.C).toEqual({
      frameOre: 500_000 * KR,
      appliedOre: 50_000 * KR,
      grantedOre: 40_000 * KR,
      leftOre: 460_000 * KR,
      applicationCount: 1,
      repaidOre: 0,
    });
    expect(budget.bySubGoal.B).toMatchObject({ appliedOre: 40_000 * KR, grantedOre: 0, frameOre: undefined });
  });

  it('refuses an unknown call', async () => {
    const ctx = testContext();
    await expect(getCallBudget(ctx.db, 'nope')).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});
