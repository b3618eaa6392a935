// Everything the acceptance and payment rules need about one grant, read inside the caller's
// transaction: the decision, whether it is the application's current one, its sent letter,
// the acceptance, and the payments of every decision of the application.
import type { AppDatabase } from '@renderer/data/db';
import type { Acceptance } from '@renderer/domain/acceptance';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import { isDecisionLetterKind, isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import type { Letter } from '@renderer/domain/letter';
import { osloDate } from '@renderer/domain/oslo-date';
import type { Payment } from '@renderer/domain/payment';
import { EntityNotFoundError, ValidationError } from '../errors';

export interface GrantCase {
  decision: Decision;
  application: Application;
  call: Call;
  isCurrent: boolean;
  /** The sent decision letter, if any (its bytes are not needed here). */
  sentLetter: Pick<Letter, 'id' | 'createdAt' | 'sentDate'> | undefined;
  /** The letter's own date: the acceptance deadline and the first due date count from it. */
  letterDate: string | undefined;
  acceptance: Acceptance | undefined;
  /** Dates of the acceptance reminders made (aksept_purring); each gives more time. */
  reminderDates: string[];
  /** Payments of all the application's decisions (earlier ones included). */
  payments: Payment[];
}

export function grantCaseTables(db: AppDatabase) {
  return [db.decisions, db.applications, db.calls, db.letters, db.acceptances, db.payments];
}

export async function loadGrantCase(db: AppDatabase, decisionId: string): Promise<GrantCase> {
  const decision = await db.decisions.get(decisionId);
  if (!decision) throw new EntityNotFoundError('decisions', decisionId);
  const application = await db.applications.get(decision.applicationId);
  if (!application) throw new EntityNotFoundError('applications', decision.applicationId);
  const call = await db.calls.get(application.callId);
  if (!call) throw new EntityNotFoundError('calls', application.callId);
  const all = await db.decisions.where('applicationId').equals(application.id).toArray();
  const isCurrent = currentDecisions(all).get(application.id)?.id === decision.id;
  const letters: Pick<Letter, 'id' | 'createdAt' | 'sentDate' | 'kind'>[] = [];
  // Only the heads: the PDF bytes stay on disk.
  await db.letters.where('decisionId').equals(decision.id).each((l) => {
    letters.push({ id: l.id, createdAt: l.createdAt, sentDate: l.sentDate, kind: l.kind });
  });
  const sentLetter = letters.filter((l) => isDecisionLetterKind(l.kind) && l.sentDate).sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  const acceptance = await db.acceptances.where('decisionId').equals(decision.id).first();
  const payments = await db.payments.where('decisionId').anyOf(all.map((d) => d.id)).toArray();
  return {
    decision,
    application,
    call,
    isCurrent,
    sentLetter,
    letterDate: sentLetter ? osloDate(sentLetter.createdAt) : undefined,
    acceptance,
    reminderDates: letters.filter((l) => l.kind === 'aksept_purring').map((l) => osloDate(l.createdAt)),
    payments,
  };
}

/** The grant may wait for acceptance: a grant, the current decision, its letter sent. */
export function assertAwaitsAcceptance(g: GrantCase): asserts g is GrantCase & { sentLetter: NonNullable<GrantCase['sentLetter']>; letterDate: string } {
  const title = `«${g.application.title}»`;
  if (!isGrantOutcome(g.decision.outcome)) {
    throw ValidationError.forField('', `Vedtaket for ${title} er ikke et tilskudd, så det er ingen vilkår å akseptere.`);
  }
  if (!g.isCurrent) {
    throw ValidationError.forField('', `Vedtaket for ${title} er erstattet av et nytt vedtak. Registrer aksepten på det nye vedtaket.`);
  }
  if (!g.sentLetter || !g.letterDate) {
    throw ValidationError.forField('', `Vedtaksbrevet for ${title} er ikke sendt ennå. Aksepten venter på brevet.`);
  }
}
