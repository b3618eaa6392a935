// Norway's public holidays (helligdager and the statutory høytidsdager 1 and 17 May) from the
// kept date-holidays library, loaded with import() on first use: its calendar data for every
// country stays out of start-up and is fetched only when an appeal deadline is computed.
import type { IsPublicHoliday } from '@renderer/domain/appeals/deadline';

let loading: Promise<(year: number) => string[]> | undefined;

async function loadNorway(): Promise<(year: number) => string[]> {
  const { default: Holidays } = await import('date-holidays');
  const norway = new Holidays('NO', { types: ['public'] });
  // "YYYY-MM-DD hh:mm:ss" in Norwegian time: the first ten characters are the day.
  return (year) => norway.getHolidays(year).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10));
}

/** A predicate for the given years' public holidays (a day outside them counts as none). */
export async function norwegianPublicHolidays(years: readonly number[]): Promise<IsPublicHoliday> {
  loading ??= loadNorway().catch((e: unknown) => {
    loading = undefined;
    throw e;
  });
  const holidaysOf = await loading;
  const days = new Set(years.flatMap((y) => holidaysOf(y)));
  return (isoDate) => days.has(isoDate);
}
