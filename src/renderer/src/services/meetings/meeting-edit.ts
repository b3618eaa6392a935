// Changing a meeting after it is set up: date, place, members present and the agenda (kept in
// ranked order); and deleting a meeting that has no recommendations. An item that already has the
// committee's recommendation cannot be taken off the agenda, and a meeting with recommendations
// cannot be deleted: the recommendations are the basis for decisions and the minutes.
import { MeetingSchema, type Meeting } from '@renderer/domain/meeting';
import { appendChangeLog, resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { parseRow, putLogged, sameJson } from '../logged-write';
import { orderAgenda } from './agenda';
import { readTables } from './meetings';
import { loadRankedCall } from './ranked-call';

export interface MeetingChanges {
  date: string;
  place?: string;
  presentPersonIds: string[];
  /** The applications on the agenda, in any order; stored in ranked order. */
  agendaApplicationIds: string[];
}

export async function updateMeeting(ctx: ServiceContext, meetingId: string, changes: MeetingChanges): Promise<Meeting> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', readTables(ctx), async () => {
    const before = await db.meetings.get(meetingId);
    if (!before) throw new EntityNotFoundError('meetings', meetingId);
    if (changes.presentPersonIds.length === 0) throw ValidationError.forField('presentPersonIds', 'Velg minst ett medlem som er til stede.');
    const people = await db.people.bulkGet(changes.presentPersonIds);
    const missing = changes.presentPersonIds.find((_, i) => !people[i]);
    if (missing) throw new EntityNotFoundError('people', missing);

    const ranked = await loadRankedCall(db, before.callId);
    const agenda = orderAgenda(ranked, changes.agendaApplicationIds);
    const recommendations = await db.recommendations.where('meetingId').equals(meetingId).toArray();
    const removedWithRecommendation = recommendations.filter((r) => !agenda.includes(r.applicationId));
    if (removedWithRecommendation.length > 0) {
      const titles = await db.applications.bulkGet(removedWithRecommendation.map((r) => r.applicationId));
      const names = titles.map((a, i) => `«${a?.title ?? removedWithRecommendation[i]!.applicationId}»`).join(', ');
      throw ValidationError.forField(
        'agendaApplicationIds',
        `${names} har allerede utvalgets innstilling fra dette møtet og kan ikke tas av sakslisten.`,
      );
    }

    // Meeting mode resumes at the same application if it is still on the agenda.
    const currentId = before.agendaApplicationIds[before.currentIndex ?? 0];
    const kept = currentId === undefined ? -1 : agenda.indexOf(currentId);
    const currentIndex = kept >= 0 ? kept : Math.min(before.currentIndex ?? 0, agenda.length - 1);

    const after = parseRow(MeetingSchema, {
      ...before,
      updatedAt: stamp.at,
      date: changes.date,
      place: changes.place,
      members: people.map((p) => p!.name),
      presentPersonIds: changes.presentPersonIds,
      agendaApplicationIds: agenda,
      currentIndex,
    });
    if (sameJson({ ...before, updatedAt: '' }, { ...after, updatedAt: '' })) return before;
    await putLogged(db, stamp, 'meetings', before, after);
    return after;
  });
}

/** Deletes a meeting that has no recommendations yet; the change log keeps it. */
export async function deleteMeeting(ctx: ServiceContext, meetingId: string): Promise<void> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  await db.transaction('rw', db.meetings, db.recommendations, db.changeLog, async () => {
    const before = await db.meetings.get(meetingId);
    if (!before) throw new EntityNotFoundError('meetings', meetingId);
    const count = await db.recommendations.where('meetingId').equals(meetingId).count();
    if (count > 0) {
      throw ValidationError.forField(
        '',
        `Møtet kan ikke slettes fordi det har ${count === 1 ? 'én innstilling' : `${count} innstillinger`} fra utvalget. Innstillingene er grunnlaget for vedtakene og møteprotokollen.`,
      );
    }
    await db.meetings.delete(meetingId);
    await appendChangeLog(db, stamp, { entity: 'meetings', entityId: meetingId, action: 'slettet', before, after: null });
  });
}
