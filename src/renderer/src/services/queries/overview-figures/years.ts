// «Over årene»: the year sums (year-sums.ts) read for the municipality or for one organisation.
//
// The municipality's read goes call by call (an index read of some thousand rows each), keeping
// only the four fields the sums need: no single long pause on the page, and the memory freed as
// it goes. (A key cursor over the amounts, which reads no rows, was measured slower: one round
// trip per application.)
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import { yearSums, type YearFigures } from './year-sums';

type ApplicationAmount = Pick<Application, 'id' | 'callId' | 'amountAppliedOre' | 'status'>;

async function applicationAmounts(db: AppDatabase, callIds: readonly string[]): Promise<ApplicationAmount[]> {
  const out: ApplicationAmount[] = [];
  for (const callId of callIds) {
    const rows = await db.applications.where('callId').equals(callId).toArray();
    for (const { id, amountAppliedOre, status } of rows) out.push({ id, callId, amountAppliedOre, status });
  }
  return out;
}

const TABLES = (db: AppDatabase) => [db.calls, db.applications, db.decisions, db.acceptances, db.payments, db.repayments];

export async function getMunicipalityYears(db: AppDatabase): Promise<YearFigures[]> {
  return db.transaction('r', TABLES(db), async () => {
    const calls = await db.calls.toArray();
    const applications = await applicationAmounts(db, calls.map((c) => c.id));
    const [decisions, lapsed, payments, repayments] = await Promise.all([
      db.decisions.toArray(),
      db.acceptances.where('status').equals('bortfalt').toArray(),
      db.payments.where('paidDate').above('').toArray(),
      db.repayments.toArray(),
    ]);
    return yearSums({ calls, applications, decisions, lapsedDecisionIds: new Set(lapsed.map((a) => a.decisionId)), payments, repayments });
  });
}

export async function getOrganisationYears(db: AppDatabase, organisationId: string): Promise<YearFigures[]> {
  return db.transaction('r', TABLES(db), async () => {
    const applications = await db.applications.where('organisationId').equals(organisationId).toArray();
    const [calls, decisions] = await Promise.all([
      db.calls.bulkGet([...new Set(applications.map((a) => a.callId))]),
      db.decisions.where('applicationId').anyOf(applications.map((a) => a.id)).toArray(),
    ]);
    const decisionIds = decisions.map((d) => d.id);
    const [acceptances, payments, repayments] = await Promise.all([
      db.acceptances.where('decisionId').anyOf(decisionIds).toArray(),
      db.payments.where('decisionId').anyOf(decisionIds).toArray(),
      db.repayments.where('decisionId').anyOf(decisionIds).toArray(),
    ]);
    const lapsed = new Set(acceptances.filter((a) => a.status === 'bortfalt').map((a) => a.decisionId));
    return yearSums({ calls: calls.filter((c) => c !== undefined), applications, decisions, lapsedDecisionIds: lapsed, payments, repayments });
  });
}
