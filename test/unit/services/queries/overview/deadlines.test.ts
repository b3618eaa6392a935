import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { collectDeadlines } from '@renderer/services/queries/overview/deadlines';
import { loadCallTodo } from '@renderer/services/queries/overview/todo';
import { OPEN_CALL, TODAY, seedOverview } from './overview-seed';

describe('collectDeadlines', () => {
  it('gathers the overdue and the next 14 days across calls, in date order', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    const deadlines = await collectDeadlines(db, TODAY);
    expect(deadlines.map((d) => [d.date, d.kind, d.key, d.overdue])).toEqual([
      ['2023-03-22', 'aksept', 'aksept:d7', true],
      ['2023-04-01', 'rapport', 'rapport:d10', true],
      ['2023-04-15', 'utbetaling', 'utbetaling:pay9', true],
      ['2023-04-25', 'soknadsfrist', 'soknadsfrist:call-2', false],
      ['2023-04-25', 'mote', 'mote:m1', false],
      ['2023-04-28', 'tilbakebetaling', 'tilbakebetaling:k1', false],
      ['2023-04-30', 'rapport', 'rapport:d9', false],
      ['2023-05-01', 'aksept', 'aksept:d8', false],
      // Sent 10.04, reached 13.04 (three post days), three weeks: Thursday 04.05.
      ['2023-05-04', 'klagefrist', 'klagefrist:d8', false],
    ]);
    expect(deadlines[0]).toMatchObject({ title: 'Tiltak a7', organisationName: 'Bergen Røde Kors', callTitle: 'Tilskudd 2023', applicationId: 'a7' });
  });

  it('moves an appeal deadline that ends on a Sunday to the next working day', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    // Sent 13.04, reached 16.04, three weeks: Sunday 07.05 → Monday 08.05.
    await db.letters.update('l8', { sentDate: '2023-04-13', createdAt: '2023-04-13T08:30:00.000Z' });
    const appeal = (await collectDeadlines(db, '2023-04-25')).find((d) => d.kind === 'klagefrist');
    expect(appeal?.date).toBe('2023-05-08');
  });

  it('reaches further for the calendar file: reports due next year are in a year-long window', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    const year = await collectDeadlines(db, TODAY, 365);
    expect(year.filter((d) => d.date > '2023-05-04').map((d) => [d.date, d.key])).toEqual([
      ['2024-02-01', 'rapport:d7'],
      ['2024-02-01', 'rapport:d8'],
    ]);
  });

  it('leaves out an archived call, where nothing changes any more', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    await db.calls.update('call-1', { status: 'arkivert' });
    expect((await collectDeadlines(db, TODAY)).map((d) => d.key)).toEqual(['soknadsfrist:call-2']);
  });

  it('finds nothing in an empty program', async () => {
    const db = openDatabase('test');
    expect(await collectDeadlines(db, TODAY)).toEqual([]);
  });
});

describe('loadCallTodo', () => {
  it('is all zero for a call with nothing waiting', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    await db.applications.delete('b1');
    expect(await loadCallTodo(db, OPEN_CALL, TODAY)).toEqual({
      callId: OPEN_CALL, unscreened: 0, needsJudgement: 0, assessors: [], nextMeeting: null, recommendedUndecided: 0, withoutLetter: 0,
      lettersUnsent: 0, acceptancesOverdue: 0, paymentsDue: 0, reportsDueSoon: 0, reportsOverdue: 0, claimsUnpaid: 0, appealsOpen: 0,
    });
  });
});
