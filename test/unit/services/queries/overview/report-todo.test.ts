import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { countReportTodo } from '@renderer/services/queries/overview/report-todo';
import { CALL, OPEN_CALL, TODAY, seedOverview } from './overview-seed';

describe('countReportTodo', () => {
  it('counts reports due within 30 days, overdue reports and claims not paid back', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    // rep9 due 30.04 (soon), rep10 due 01.04 (overdue); k1 open, k2 withdrawn, k3 paid.
    expect(await countReportTodo(db, CALL, TODAY)).toEqual({ reportsDueSoon: 1, reportsOverdue: 1, claimsUnpaid: 1 });
    expect(await countReportTodo(db, OPEN_CALL, TODAY)).toEqual({ reportsDueSoon: 0, reportsOverdue: 0, claimsUnpaid: 0 });
  });

  it('stops counting a report once it is received', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    await db.reports.update('rep10', { receivedDate: '2023-04-19' });
    expect(await countReportTodo(db, CALL, TODAY)).toMatchObject({ reportsOverdue: 0 });
  });
});
