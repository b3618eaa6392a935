// Dates that follow from a decision letter: appeal deadline (R16) and acceptance deadline (R11).
// Plain calendar arithmetic on YYYY-MM-DD in UTC, so no time zone or summer time shifts a day.

/** Weeks the grantee gets to accept the conditions unless the officer sets another date. */
export const DEFAULT_ACCEPTANCE_WEEKS = 3;

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function addWeeks(isoDate: string, weeks: number): string {
  return addDays(isoDate, weeks * 7);
}

/**
 * Last day to appeal when the letter arrives the day it is sent (fvl. § 29 counts from arrival,
 * § 30: a deadline that ends on a holiday moves on, which the appeals check handles).
 */
export function appealDeadline(sentDate: string, appealDeadlineWeeks: number): string {
  return addWeeks(sentDate, appealDeadlineWeeks);
}

/** Last day to accept the conditions (R11): payment waits for the acceptance. */
export function acceptanceDeadline(letterDate: string, weeks = DEFAULT_ACCEPTANCE_WEEKS): string {
  return addWeeks(letterDate, weeks);
}
