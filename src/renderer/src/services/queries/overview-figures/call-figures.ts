// The figures of one call that need its applications read: the frame used, proposed and left
// (the same sums as the call page, domain/call-budget.ts, repaid money included) and the counts
// per kind and target group. One read of the call's applications serves both.
import type { AppDatabase } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import { callBudget, type CallBudget } from '@renderer/domain/call-budget';
import { currentDecisions } from '@renderer/domain/current-decision';
import { EntityNotFoundError } from '../../errors';
import { lapsedDecisionIds } from '../../acceptance/lapsed';
import { readRepaidByApplication } from '../../repayments/repaid';
import { countKindsAndGroups, type KindAndGroupCounts } from './kinds-and-groups';
import { proposedMoney, type ProposedMoney } from './proposed';

export interface CallFigures {
  call: Pick<Call, 'id' | 'year' | 'title'>;
  budget: CallBudget;
  proposed: ProposedMoney;
  counts: KindAndGroupCounts;
}

export async function getCallFigures(db: AppDatabase, callId: string): Promise<CallFigures> {
  return db.transaction(
    'r',
    [db.calls, db.applications, db.decisions, db.acceptances, db.repayments, db.recommendations],
    async () => {
      const call = await db.calls.get(callId);
      if (!call) throw new EntityNotFoundError('calls', callId);
      // The call's decisions on their callId index (schema v22): one range, not every decision.
      const [applications, recommendations, decisions] = await Promise.all([
        db.applications.where('callId').equals(callId).toArray(),
        db.recommendations.where('callId').equals(callId).toArray(),
        db.decisions.where('callId').equals(callId).toArray(),
      ]);
      const lapsed = await lapsedDecisionIds(db, decisions.map((d) => d.id));
      const budget = callBudget(call, applications, decisions, lapsed, await readRepaidByApplication(db, decisions));
      const decided = new Set(currentDecisions(decisions).keys());
      return {
        call: { id: call.id, year: call.year, title: call.title },
        budget,
        proposed: proposedMoney(applications, recommendations, decided),
        counts: countKindsAndGroups(applications),
      };
    },
  );
}
