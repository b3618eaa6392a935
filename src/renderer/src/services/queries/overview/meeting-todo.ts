// «Å gjøre»: the call's next meeting (today or later) and its agenda, so conflicts of interest
// (fvl. § 6) are recorded before it; the conflicts already recorded for the agenda are counted.
import type { AppDatabase } from '@renderer/data/db';

export interface NextMeeting {
  meetingId: string;
  date: string;
  agendaCount: number;
  conflictsRecorded: number;
}

export async function nextMeeting(db: AppDatabase, callId: string, today: string): Promise<NextMeeting | null> {
  return db.transaction('r', db.meetings, db.conflicts, async () => {
    const upcoming = (await db.meetings.where('callId').equals(callId).toArray())
      .filter((m) => m.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const next = upcoming[0];
    if (!next) return null;
    const agenda = [...new Set(next.agendaApplicationIds)];
    const conflictsRecorded = agenda.length === 0 ? 0 : await db.conflicts.where('applicationId').anyOf(agenda).count();
    return { meetingId: next.id, date: next.date, agendaCount: agenda.length, conflictsRecorded };
  });
}
