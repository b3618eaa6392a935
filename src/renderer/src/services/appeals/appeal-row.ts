// Reading and rewriting one appeal inside a service's transaction.
import type { AppDatabase } from '@renderer/data/db';
import { AppealSchema, type Appeal } from '@renderer/domain/appeal';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import type { ChangeStamp } from '../change-log';
import { EntityNotFoundError, ValidationError } from '../errors';
import { parseRow, putLogged } from '../logged-write';

export async function loadAppeal(db: AppDatabase, appealId: string): Promise<Appeal> {
  const appeal = await db.appeals.get(appealId);
  if (!appeal) throw new EntityNotFoundError('appeals', appealId);
  return appeal;
}

/** Writes the changed appeal (parsed whole, undefined fields dropped) with its change-log row. */
export async function writeAppeal(db: AppDatabase, stamp: ChangeStamp, before: Appeal, patch: Partial<Appeal>): Promise<Appeal> {
  const after = parseRow(AppealSchema, { ...before, ...patch, updatedAt: stamp.at });
  await putLogged(db, stamp, 'appeals', before, after);
  return after;
}

/** The appealed decision, refused when another decision has replaced it since. */
export async function currentAppealedDecision(db: AppDatabase, decisionId: string): Promise<Decision> {
  const decision = await db.decisions.get(decisionId);
  if (!decision) throw new EntityNotFoundError('decisions', decisionId);
  const all = await db.decisions.where('applicationId').equals(decision.applicationId).toArray();
  if (currentDecisions(all).get(decision.applicationId)?.id !== decision.id) {
    throw ValidationError.forField('', 'Vedtaket klagen gjelder, er allerede erstattet av et nytt vedtak.');
  }
  return decision;
}

/** § 31: a late appeal is handled only once the officer has recorded that it is considered. */
export function assertConsidered(appeal: Appeal): void {
  if (appeal.withinDeadline) return;
  if (appeal.lateConsidered === undefined) {
    throw ValidationError.forField('', 'Klagen kom for sent. Avgjør først om den likevel skal behandles (forvaltningsloven § 31).');
  }
  if (!appeal.lateConsidered) {
    throw ValidationError.forField('', 'Klagen kom for sent og er avvist etter forvaltningsloven § 31.');
  }
}
