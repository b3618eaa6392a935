// Recording a conflict of interest (forvaltningsloven § 6) for one application and person, and
// taking it back when it was recorded by mistake. One row per application and person. Earlier
// scores stay stored (the log keeps what happened) but no average counts them (domain/assessment/scores.ts).
import { ConflictOfInterestSchema, type ConflictGround, type ConflictDeclaredBy, type ConflictOfInterest } from '@renderer/domain/conflict-of-interest';
import { osloDate } from '@renderer/domain/oslo-date';
import { isApplicationEditable } from '@renderer/domain/workflow';
import { appendChangeLog, resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { addLogged, parseRow, putLogged } from '../logged-write';

export interface ConflictInput {
  applicationId: string;
  personId: string;
  ground: ConflictGround;
  note?: string;
  declaredBy: ConflictDeclaredBy;
  /** Defaults to today in Norway. */
  declaredDate?: string;
}

export async function recordConflict(ctx: ServiceContext, input: ConflictInput): Promise<ConflictOfInterest> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.applications, db.people, db.conflicts, db.changeLog, async () => {
    const application = await db.applications.get(input.applicationId);
    if (!application) throw new EntityNotFoundError('applications', input.applicationId);
    if (!isApplicationEditable(application.status)) {
      throw ValidationError.forField('', 'Søknaden er vedtatt eller trukket; inhabilitet kan ikke registreres nå.');
    }
    if (!(await db.people.get(input.personId))) throw ValidationError.forField('personId', 'Velg en person fra listen.');
    const before = await db.conflicts
      .where('[applicationId+personId]')
      .equals([input.applicationId, input.personId])
      .first();
    const after = parseRow(ConflictOfInterestSchema, {
      applicationId: input.applicationId,
      personId: input.personId,
      ground: input.ground,
      note: input.note?.trim() || undefined,
      declaredBy: input.declaredBy,
      declaredDate: input.declaredDate ?? osloDate(ctx.now()),
      id: before?.id ?? ctx.newId(),
      createdAt: before?.createdAt ?? stamp.at,
      updatedAt: stamp.at,
    });
    if (before) await putLogged(db, stamp, 'conflicts', before, after);
    else await addLogged(db, stamp, 'conflicts', after);
    return after;
  });
}

/** Removes a conflict recorded by mistake; the change log keeps it. */
export async function removeConflict(ctx: ServiceContext, conflictId: string): Promise<void> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  await db.transaction('rw', db.applications, db.conflicts, db.changeLog, async () => {
    const before = await db.conflicts.get(conflictId);
    if (!before) throw new EntityNotFoundError('conflicts', conflictId);
    const application = await db.applications.get(before.applicationId);
    if (application && !isApplicationEditable(application.status)) {
      throw ValidationError.forField('', 'Søknaden er vedtatt; inhabiliteten kan ikke fjernes.');
    }
    await db.conflicts.delete(conflictId);
    await appendChangeLog(db, stamp, { entity: 'conflicts', entityId: conflictId, action: 'slettet', before, after: null });
  });
}
