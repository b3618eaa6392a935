// The calendar date in Norway of an instant: a decision made at 00:30 Norwegian time is dated that
// day, not the day before as the UTC date would say.
const osloDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD in Europe/Oslo (summer time included). */
export function osloDate(instant: Date | string): string {
  return osloDay.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Today as YYYY-MM-DD in Norway: the one «today» for letter dates, form defaults and deadlines. */
export function todayInOslo(now: Date = new Date()): string {
  return osloDate(now);
}
