import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { countPaymentTodo } from '@renderer/services/queries/overview/payment-todo';
import { CALL, TODAY, seedOverview } from './overview-seed';

describe('countPaymentTodo', () => {
  it('counts grants whose acceptance is overdue and released terms due and unpaid', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    // d7's letter of 01.03 gave until 22.03; d8's of 10.04 gives until 01.05. pay9 was due 15.04.
    expect(await countPaymentTodo(db, CALL, TODAY)).toEqual({ acceptancesOverdue: 1, paymentsDue: 1 });
    expect(await countPaymentTodo(db, CALL, '2023-05-02')).toEqual({ acceptancesOverdue: 2, paymentsDue: 1 });
    expect(await countPaymentTodo(db, CALL, '2023-03-22')).toEqual({ acceptancesOverdue: 0, paymentsDue: 0 });
  });

  it('stops counting a term once it is paid', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    await db.payments.update('pay9', { paidDate: '2023-04-19' });
    expect((await countPaymentTodo(db, CALL, TODAY)).paymentsDue).toBe(0);
  });
});
