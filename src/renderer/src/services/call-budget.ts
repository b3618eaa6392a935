// A call's budget as the screens show it: read the call, its applications and their decisions,
// and let domain/call-budget.ts do the sums.
import type { AppDatabase } from '@renderer/data/db';
import { callBudget, type CallBudget } from '@renderer/domain/call-budget';
import { EntityNotFoundError } from './errors';
import { lapsedDecisionIds } from './acceptance/lapsed';
import { readRepaidByApplication } from './repayments/repaid';

export async function getCallBudget(db: AppDatabase, callId: string): Promise<CallBudget> {
  return db.transaction('r', [db.calls, db.applications, db.decisions, db.acceptances, db.repayments], async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new EntityNotFoundError('calls', callId);
    // The call's decisions on their callId index (schema v22), beside its applications.
    const [applications, decisions] = await Promise.all([
      db.applications.where('callId').equals(callId).toArray(),
      db.decisions.where('callId').equals(callId).toArray(),
    ]);
    const lapsed = await lapsedDecisionIds(db, decisions.map((d) => d.id));
    return callBudget(call, applications, decisions, lapsed, await readRepaidByApplication(db, decisions));
  });
}
