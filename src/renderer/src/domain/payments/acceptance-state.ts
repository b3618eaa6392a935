// Where a granted decision stands with its acceptance (R11): waiting (and whether overdue),
// accepted or lapsed. The deadline is the one the letter states (its date + the acceptance weeks);
// a reminder letter gives REMINDER_DAYS more from its own date, and says so.
import type { Acceptance } from '../acceptance';
import { acceptanceDeadline, addDays } from '../decisions/deadlines';

/** Days a reminder (aksept_purring) gives the grantee from the reminder's date. */
export const REMINDER_DAYS = 14;

export function reminderDeadline(reminderDate: string): string {
  return addDays(reminderDate, REMINDER_DAYS);
}

/** The last day to accept: the letter's deadline, or the latest reminder's if that is later. */
export function effectiveAcceptanceDeadline(letterDate: string, reminderDates: readonly string[] = []): string {
  return reminderDates.map(reminderDeadline).reduce((latest, d) => (d > latest ? d : latest), acceptanceDeadline(letterDate));
}

export type AcceptanceState =
  | { kind: 'venter'; deadline: string; overdue: boolean }
  | { kind: 'akseptert'; receivedDate: string; deadline: string }
  | { kind: 'bortfalt'; lapsedDate: string; deadline: string };

export function acceptanceState(
  letterDate: string,
  acceptance: Pick<Acceptance, 'status' | 'receivedDate' | 'lapsedDate'> | undefined,
  today: string,
  reminderDates: readonly string[] = [],
): AcceptanceState {
  const deadline = effectiveAcceptanceDeadline(letterDate, reminderDates);
  if (acceptance?.status === 'akseptert') return { kind: 'akseptert', receivedDate: acceptance.receivedDate ?? '', deadline };
  if (acceptance?.status === 'bortfalt') return { kind: 'bortfalt', lapsedDate: acceptance.lapsedDate ?? '', deadline };
  return { kind: 'venter', deadline, overdue: today > deadline };
}
