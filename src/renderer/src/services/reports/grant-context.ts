// What a report or a repayment claim hangs on: a current grant (innvilget or delvis innvilget,
// not superseded), with its application, organisation, call and the money paid out under it.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import { isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import type { Organisation } from '@renderer/domain/organisation';
import { EntityNotFoundError, ValidationError } from '../errors';

export interface GrantContext {
  decision: Decision;
  /** Every decision of the application, superseded ones included. */
  decisions: Decision[];
  application: Application;
  organisation: Organisation;
  call: Call;
  /** Paid out under any of the application's decisions (terms with a paid date). */
  paidOre: number;
}

/** Reads a grant; must run inside a transaction over decisions, applications, organisations, calls and payments. */
export async function readGrant(db: AppDatabase, decisionId: string): Promise<GrantContext> {
  const decision = await db.decisions.get(decisionId);
  if (!decision) throw new EntityNotFoundError('decisions', decisionId);
  const application = await db.applications.get(decision.applicationId);
  if (!application) throw new EntityNotFoundError('applications', decision.applicationId);
  const [organisation, call] = await Promise.all([db.organisations.get(application.organisationId), db.calls.get(application.callId)]);
  if (!organisation) throw new EntityNotFoundError('organisations', application.organisationId);
  if (!call) throw new EntityNotFoundError('calls', application.callId);
  const decisions = await db.decisions.where('applicationId').equals(application.id).toArray();
  if (currentDecisions(decisions).get(application.id)?.id !== decision.id) {
    throw ValidationError.forField('decisionId', `Vedtaket for «${application.title}» er erstattet av et nyere vedtak. Bruk det gjeldende vedtaket.`);
  }
  if (!isGrantOutcome(decision.outcome)) {
    throw ValidationError.forField('decisionId', `«${application.title}» har ikke fått tilskudd, så det er ingen rapport eller tilbakebetaling å følge opp.`);
  }
  const payments = await db.payments.where('decisionId').anyOf(decisions.map((d) => d.id)).toArray();
  const paidOre = payments.filter((p) => p.paidDate !== undefined).reduce((s, p) => s + p.amountOre, 0);
  return { decision, decisions, application, organisation, call, paidOre };
}

export function grantTables(db: AppDatabase) {
  return [db.decisions, db.applications, db.organisations, db.calls, db.payments];
}
