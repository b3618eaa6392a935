// The appeal deadline (R16; forvaltningsloven §§ 29–30 with domstolloven §§ 148–149). Pure: the
// public holidays come in as a predicate, so the calendar lives in one kept library, not here.
import { addDays, addWeeks } from '../decisions/deadlines';

/** Calendar days a letter is taken to spend in the post when nobody knows when it arrived. */
export const DEFAULT_POST_DAYS = 3;

export type IsPublicHoliday = (isoDate: string) => boolean;

export interface AppealDeadlineInput {
  /** The day the decision letter was sent. */
  letterSentDate: string;
  /** The call's appeal deadline in weeks (R16). */
  weeks: number;
  /** The call's post days; DEFAULT_POST_DAYS when the call has none. */
  postDays?: number;
  /** The day the letter actually reached the party, when the officer knows it. */
  letterReceivedDate?: string;
}

export interface AppealDeadline {
  /** The day the deadline counts from (§ 29: when the letter reached the party). */
  reachedDate: string;
  /** The last day to appeal. */
  deadlineDate: string;
  /** The day the weeks ran out on, when that was a Saturday, Sunday or public holiday. */
  movedFrom?: string;
}

/** Saturday or Sunday, by the calendar (no time zone involved). */
export function isWeekend(isoDate: string): boolean {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return day === 0 || day === 6;
}

/** domstolloven § 149: a deadline ending on a Saturday, Sunday or public holiday moves on. */
export function nextWorkingDay(isoDate: string, isHoliday: IsPublicHoliday): string {
  let day = isoDate;
  while (isWeekend(day) || isHoliday(day)) day = addDays(day, 1);
  return day;
}

export function letterReachedDate(input: Pick<AppealDeadlineInput, 'letterSentDate' | 'postDays' | 'letterReceivedDate'>): string {
  return input.letterReceivedDate ?? addDays(input.letterSentDate, input.postDays ?? DEFAULT_POST_DAYS);
}

/** Weeks counted from arrival end on the same weekday (§ 148), then moved past days off (§ 149). */
export function appealDeadlineOf(input: AppealDeadlineInput, isHoliday: IsPublicHoliday): AppealDeadline {
  const reachedDate = letterReachedDate(input);
  const end = addWeeks(reachedDate, input.weeks);
  const deadlineDate = nextWorkingDay(end, isHoliday);
  return { reachedDate, deadlineDate, ...(deadlineDate !== end ? { movedFrom: end } : {}) };
}

/** The years whose holidays a deadline computation may look at (a late December end runs into January). */
export function yearsAround(input: Pick<AppealDeadlineInput, 'letterSentDate' | 'postDays' | 'letterReceivedDate' | 'weeks'>): number[] {
  const end = addWeeks(letterReachedDate(input), input.weeks);
  const year = Number(end.slice(0, 4));
  return [year, year + 1];
}

/**
 * § 30: in time when posted (or sent) before the deadline ended, or delivered by then. The
 * posting date counts when it is known; otherwise the day the municipality received it.
 */
export function isAppealInTime(deadlineDate: string, appeal: { receivedDate: string; postedDate?: string }): boolean {
  const sent = appeal.postedDate && appeal.postedDate < appeal.receivedDate ? appeal.postedDate : appeal.receivedDate;
  return sent <= deadlineDate;
}
