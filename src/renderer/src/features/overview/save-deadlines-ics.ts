// The «Last ned frister som kalender» action: the coming year's deadlines as an .ics file, saved
// where the officer chooses (the platform's save dialog). Overdue ones are left out: a calendar
// is for what is coming.
import { getDb } from '@renderer/data/db';
import { getPlatform } from '@renderer/platform';
import { overviewText as t } from '@renderer/i18n/overview';
import { collectDeadlines, type Deadline } from '@renderer/services/queries/overview/deadlines';

/** How far ahead the calendar file reaches. */
export const ICS_DAYS = 365;

function eventOf(d: Deadline) {
  const who = d.organisationName ? `${d.organisationName}: ` : '';
  return {
    uid: `${d.key}@tilskudd-frivillige`,
    date: d.date,
    summary: `${t.deadlineKinds[d.kind]}: ${d.title}`,
    description: `${who}${d.title}. ${d.callTitle}.`,
  };
}

export type IcsOutcome = 'saved' | 'cancelled' | 'empty';

export async function saveDeadlinesIcs(today: string, now = new Date()): Promise<IcsOutcome> {
  const deadlines = (await collectDeadlines(getDb(), today, ICS_DAYS)).filter((d) => !d.overdue);
  if (deadlines.length === 0) return 'empty';
  const { buildDeadlinesIcs } = await import('@renderer/documents/calendar/deadlines-ics');
  const ics = await buildDeadlinesIcs(deadlines.map(eventOf), { calendarName: t.icsCalendarName, now });
  const result = await getPlatform().saveFile({
    suggestedName: t.icsFileName(today),
    bytes: new TextEncoder().encode(ics),
    filters: [{ name: t.icsFilterName, extensions: ['ics'] }],
  });
  return result.saved ? 'saved' : 'cancelled';
}
