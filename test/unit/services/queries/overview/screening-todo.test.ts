import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { countScreeningTodo } from '@renderer/services/queries/overview/screening-todo';
import { CALL, OPEN_CALL, seedOverview } from './overview-seed';

describe('countScreeningTodo', () => {
  it('counts the undecided applications not screened and those left to judgement, in the call only', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    expect(await countScreeningTodo(db, CALL)).toEqual({ unscreened: 1, needsJudgement: 1 });
    expect(await countScreeningTodo(db, OPEN_CALL)).toEqual({ unscreened: 1, needsJudgement: 0 });
  });

  it('stops counting an application once it is screened as passed', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    await db.screeningSummaries.bulkPut([{ applicationId: 'a1', summary: 'bestatt' }, { applicationId: 'a2', summary: 'ikke_bestatt' }]);
    expect(await countScreeningTodo(db, CALL)).toEqual({ unscreened: 0, needsJudgement: 0 });
  });

  it('counts summaries stored with their call from its index, and those from before v17 one by one, alike', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    await db.screeningSummaries.bulkPut([{ applicationId: 'a1', summary: 'skjonn', callId: CALL }, { applicationId: 'a2', summary: 'skjonn' }]);
    expect(await countScreeningTodo(db, CALL)).toEqual({ unscreened: 0, needsJudgement: 2 });
  });
});
