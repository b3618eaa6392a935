// The deadlines as an iCalendar file (RFC 5545) for Outlook and other calendars: one all-day event
// per deadline (DATE values, so no time zone can move it to another day), with a UID that stays the
// same each time the file is made, so a calendar updates an event rather than doubling it.
// Written by the kept `ics` library (loaded with import()); its lines are then folded at 75 octets,
// as the RFC asks, because the library folds at 75 characters and æ, ø and å take two octets each.

export interface CalendarEvent {
  /** Stable and unique: the same deadline gets the same UID in every file. */
  uid: string;
  /** YYYY-MM-DD: the day of the deadline. */
  date: string;
  summary: string;
  description: string;
}

export interface CalendarOptions {
  calendarName: string;
  /** When the file is made (DTSTAMP). */
  now: Date;
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

function dayArray(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

/** The day after, for DTEND: an all-day event ends (exclusive) on the next day. */
function nextDay(isoDate: string): [number, number, number] {
  const [y, m, d] = dayArray(isoDate);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

/** One content line folded so no line is longer than 75 octets, never splitting a character. */
function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75.
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Unfolds what the library folded, then folds again by octets. */
export function foldByOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((l) => (l === '' ? l : foldLine(l))).join('\r\n');
}

export async function buildDeadlinesIcs(events: readonly CalendarEvent[], options: CalendarOptions): Promise<string> {
  const { createEvents } = await import('ics');
  const { error, value } = createEvents(
    events.map((e) => ({
      uid: e.uid,
      start: dayArray(e.date),
      end: nextDay(e.date),
      title: e.summary,
      description: e.description,
      timestamp: options.now.getTime(),
      productId: '-//Tilskudd frivillige//Frister//NO',
      calName: options.calendarName,
      transp: 'TRANSPARENT' as const,
    })),
    { productId: '-//Tilskudd frivillige//Frister//NO', calName: options.calendarName },
  );
  if (error || !value) throw error ?? new Error('Kalenderfilen kunne ikke lages.');
  return foldByOctets(value);
}
