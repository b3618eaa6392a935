// «Over årene»: the year sums (year-sums.ts) read for the municipality or for one organisation.
//
// The municipality's read never loads an application row: with ten years of 50 000 applications
// that alone takes seconds. It joins three index reads instead: the ids per call (callId), the
// withdrawn ids (status) and the amounts applied for (a key cursor on amountAppliedOre).
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import { yearSums, type YearFigures } from './year-sums';

type ApplicationAmount = Pick<Application, 'id' | 'callId' | 'amountAppliedOre' | 'status'>;

async function applicationAmounts(db: AppDatabase, callIds: readonly string[]): Promise<ApplicationAmount[]> {
  const callOf = new Map<string, string>();
  const [idsPerCall, withdrawn] = await Promise.all([
    Promise.all(callIds.map((id) => db.applications.where('callId').equals(id).primaryKeys())),
    db.applications.where('status').equals('trukket').primaryKeys(),
  ]);
  idsPerCall.forEach((ids, i) => ids.forEach((id) => callOf.set(id, callIds[i]!)));
  const gone = new Set(withdrawn);
  const out: ApplicationAmount[] = [];
  await db.applications.orderBy('amountAppliedOre').eachKey((amount, cursor) => {
    const id = cursor.primaryKey;
    const callId = callOf.get(id);
    if (callId !== undefined) out.push({ id, callId, amountAppliedOre: amount as number, status: gone.has(id) ? 'trukket' : 'mottatt' });
  });
  return out;
}

const TABLES = (db: AppDatabase) => [db.calls, db.applications, db.decisions, db.acceptances, db.payments, db.repayments];

export async function getMunicipalityYears(db: AppDatabase): Promise<YearFigures[]> {
  return db.transaction('r', TABLES(db), async () => {
    const calls = await db.calls.toArray();
    const [applications, decisions, lapsed, payments, repayments] = await Promise.all([
      applicationAmounts(db, calls.map((c) => c.id)),
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
