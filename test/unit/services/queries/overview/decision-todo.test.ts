import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { countDecisionTodo } from '@renderer/services/queries/overview/decision-todo';
import { CALL, seedOverview } from './overview-seed';

describe('countDecisionTodo', () => {
  it('counts recommendations without a decision, decisions without a letter and letters not marked sent', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    // a3 recommended and undecided (a4's is withdrawn, a7's decided); d5 has no letter; d6's is unsent.
    expect(await countDecisionTodo(db, CALL)).toEqual({ recommendedUndecided: 1, withoutLetter: 1, lettersUnsent: 1 });
  });

  it('counts a letter made before the decision last changed as missing, not as waiting to be sent', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    await db.decisions.update('d6', { updatedAt: '2023-03-02T08:00:00.000Z' });
    expect(await countDecisionTodo(db, CALL)).toEqual({ recommendedUndecided: 1, withoutLetter: 2, lettersUnsent: 0 });
  });
});
