// The deadlines calendar file read back with ical.js: all-day events on the right days, stable
// UIDs, CRLF line ends and no line longer than 75 octets (RFC 5545 § 3.1).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildDeadlinesIcs, foldByOctets, type CalendarEvent } from '@renderer/documents/calendar/deadlines-ics';

const NOW = new Date('2023-04-20T08:00:00.000Z');
const EVENTS: CalendarEvent[] = [
  { uid: 'aksept:d-1@tilskudd-frivillige', date: '2023-05-01', summary: 'Akseptfrist: Språkkafé for nyankomne', description: 'Bergen Røde Kors. Integreringstilskudd 2023.' },
  {
    uid: 'rapport:d-2@tilskudd-frivillige',
    date: '2023-12-31',
    summary: `Rapportfrist: ${'Åpen møteplass for kvinner og barn på Årstad og Møhlenpris '.repeat(3)}`,
    description: 'Kirkens Bymisjon',
  },
];

function readBack(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return component.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return { uid: event.uid, summary: event.summary, start: event.startDate, end: event.endDate };
  });
}

describe('buildDeadlinesIcs', () => {
  it('writes one all-day event per deadline on its day, ending the next day', async () => {
    const events = readBack(await buildDeadlinesIcs(EVENTS, { calendarName: 'Frister', now: NOW }));
    expect(events.map((e) => [e.uid, e.start.toString(), e.end.toString(), e.start.isDate])).toEqual([
      ['aksept:d-1@tilskudd-frivillige', '2023-05-01', '2023-05-02', true],
      ['rapport:d-2@tilskudd-frivillige', '2023-12-31', '2024-01-01', true],
    ]);
    expect(events[1]!.summary).toBe(EVENTS[1]!.summary);
  });

  it('makes the same file for the same deadlines, so calendars update instead of doubling', async () => {
    const a = await buildDeadlinesIcs(EVENTS, { calendarName: 'Frister', now: NOW });
    const b = await buildDeadlinesIcs(EVENTS, { calendarName: 'Frister', now: NOW });
    expect(a).toBe(b);
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a letter', async () => {
    const ics = await buildDeadlinesIcs(EVENTS, { calendarName: 'Frister', now: NOW });
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
  });

  it('refolds a line the library folded by characters', () => {
    const long = `SUMMARY:${'æ'.repeat(60)}`;
    const folded = foldByOctets(`BEGIN:X\r\n${long.slice(0, 40)}\r\n\t${long.slice(40)}\r\nEND:X`);
    const lines = folded.split('\r\n');
    expect(lines.every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:X\r\n${long}\r\nEND:X`);
  });
});
