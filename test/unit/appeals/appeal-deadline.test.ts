// The appeal deadline as the law has it (R16; fvl. §§ 29–30, domstolloven §§ 148–149), with
// Norway's public holidays from the date-holidays library.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  appealDeadlineOf,
  isAppealInTime,
  nextWorkingDay,
  type IsPublicHoliday,
} from '@renderer/domain/appeals/deadline';
import { norwegianPublicHolidays } from '@renderer/services/appeals/public-holidays';

let holiday: IsPublicHoliday;
beforeAll(async () => {
  holiday = await norwegianPublicHolidays([2020, 2021, 2022, 2023, 2024]);
});

const deadline = (letterSentDate: string, extra: { postDays?: number; letterReceivedDate?: string; weeks?: number } = {}) =>
  appealDeadlineOf({ letterSentDate, weeks: extra.weeks ?? 3, postDays: extra.postDays, letterReceivedDate: extra.letterReceivedDate }, holiday);

describe('the holiday calendar', () => {
  it('knows Easter, Ascension, Whit Monday, 1 and 17 May and Christmas, and not ordinary days', () => {
    for (const day of ['2020-04-09', '2020-04-10', '2020-04-13', '2020-05-01', '2020-05-21', '2020-06-01', '2021-05-17', '2020-12-25', '2020-12-26', '2023-01-01', '2024-03-28']) {
      expect(holiday(day), day).toBe(true);
    }
    for (const day of ['2020-04-14', '2020-12-24', '2020-12-31', '2021-05-18', '2020-06-23']) expect(holiday(day), day).toBe(false);
  });
});

describe('appealDeadlineOf', () => {
  it('counts three weeks from the sent date plus the post days (default 3)', () => {
    expect(deadline('2020-10-05')).toEqual({ reachedDate: '2020-10-08', deadlineDate: '2020-10-29' });
    expect(deadline('2020-10-05', { postDays: 0 })).toEqual({ reachedDate: '2020-10-05', deadlineDate: '2020-10-26' });
    expect(deadline('2020-10-05', { weeks: 4, postDays: 1 }).deadlineDate).toBe('2020-11-03');
  });

  it('counts from the actual day of receipt when the officer knows it', () => {
    expect(deadline('2020-10-05', { letterReceivedDate: '2020-10-12' })).toEqual({ reachedDate: '2020-10-12', deadlineDate: '2020-11-02' });
  });

  it('runs across month ends, a leap day and year ends', () => {
    // Sent Friday 29 January, arrives Monday 1 February.
    expect(deadline('2021-01-29').deadlineDate).toBe('2021-02-22');
    // Across 29 February 2020.
    expect(deadline('2020-02-07', { postDays: 3 }).deadlineDate).toBe('2020-03-02');
    // Thursday 31 December 2020 is a working day: the deadline stays.
    expect(deadline('2020-12-07').deadlineDate).toBe('2020-12-31');
    // Saturday 31 December 2022 → Sunday 1 January (holiday) → Monday 2 January 2023.
    expect(deadline('2022-12-07')).toEqual({ reachedDate: '2022-12-10', deadlineDate: '2023-01-02', movedFrom: '2022-12-31' });
  });

  it('moves a deadline ending on a Saturday or Sunday to the Monday', () => {
    expect(deadline('2020-04-29')).toEqual({ reachedDate: '2020-05-02', deadlineDate: '2020-05-25', movedFrom: '2020-05-23' });
    expect(deadline('2020-09-03')).toEqual({ reachedDate: '2020-09-06', deadlineDate: '2020-09-28', movedFrom: '2020-09-27' });
  });

  it('moves past Easter: Maundy Thursday 9 April 2020 → Tuesday 14 April', () => {
    expect(deadline('2020-03-16')).toEqual({ reachedDate: '2020-03-19', deadlineDate: '2020-04-14', movedFrom: '2020-04-09' });
  });

  it('moves past 17 May (Monday 2021) and Christmas Day 2020', () => {
    expect(deadline('2021-04-23')).toEqual({ reachedDate: '2021-04-26', deadlineDate: '2021-05-18', movedFrom: '2021-05-17' });
    expect(deadline('2020-12-01')).toEqual({ reachedDate: '2020-12-04', deadlineDate: '2020-12-28', movedFrom: '2020-12-25' });
  });

  it('leaves a working day alone', () => {
    expect(nextWorkingDay('2020-04-14', holiday)).toBe('2020-04-14');
    expect(nextWorkingDay('2020-04-10', holiday)).toBe('2020-04-14');
  });
});

describe('isAppealInTime (§ 30)', () => {
  it('is in time when delivered on the last day, late the day after', () => {
    expect(isAppealInTime('2020-04-14', { receivedDate: '2020-04-14' })).toBe(true);
    expect(isAppealInTime('2020-04-14', { receivedDate: '2020-04-15' })).toBe(false);
  });

  it('is in time when posted before the deadline ended, though it arrived after', () => {
    expect(isAppealInTime('2020-04-14', { receivedDate: '2020-04-17', postedDate: '2020-04-14' })).toBe(true);
    expect(isAppealInTime('2020-04-14', { receivedDate: '2020-04-17', postedDate: '2020-04-15' })).toBe(false);
  });
});
