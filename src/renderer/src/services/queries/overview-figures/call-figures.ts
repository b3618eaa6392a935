// The figures of one call that need its applications read: the frame used, proposed and left
// (the same sums as the call page, domain/call-budget.ts, repaid money included) and the counts
// per kind and target group. One read of the call's applications serves both.
import type { AppDatabase } from '@renderer/data/db';
import type { Call } from '@renderer/domain/call';
import { callBudget, type CallBudget } from '@renderer/domain/call-budget';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
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

/** Above this many applications one read of every decision beats a key-by-key index walk. */
const READ_ALL_DECISIONS_FROM = 500;

async function decisionsOf(db: AppDatabase, applicationIds: readonly string[]): Promise<Decision[]> {
  if (applicationIds.length < READ_ALL_DECISIONS_FROM) return db.decisions.where('applicationId').anyOf([...applicationIds]).toArray();
  const wanted = new Set(applicationIds);
  return (await db.decisions.toArray()).filter((d) => wanted.has(d.applicationId));
}

export async function getCallFigures(db: AppDatabase, callId: string): Promise<CallFigures> {
  return db.transaction(
    'r',
    [db.calls, db.applications, db.decisions, db.acceptances, db.repayments, db.recommendations],
    async () => {
      const call = await db.calls.get(callId);
      if (!call) throw new EntityNotFoundError('calls', callId);
      const [applications, recommendations] = await Promise.all([
        db.applications.where('callId').equals(callId).toArray(),
        db.recommendations.where('callId').equals(callId).toArray(),
      ]);
      const decisions = await decisionsOf(db, applications.map((a) => a.id));
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
