import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { countMissingAssessments } from '@renderer/services/queries/overview/assessment-todo';
import { CALL, seedOverview } from './overview-seed';
import { spyOnReads } from '../../../data/read-spy';

describe('countMissingAssessments', () => {
  it('counts per active assessor the undecided applications they have not scored, leaving out their conflicts', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    // Anne scored a1 (a2, a3 missing); Bjørn scored a3 and is conflicted on a2 (a1 missing);
    // Cecilie is inactive; decided and withdrawn cases wait for nobody.
    expect(await countMissingAssessments(db, CALL)).toEqual([
      { personId: 'p1', name: 'Anne Assessor', missing: 2 },
      { personId: 'p2', name: 'Bjørn Bedømmer', missing: 1 },
    ]);
  });

  it('lists nobody when every expected score is in', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    await db.people.update('p2', { active: false });
    await db.applications.bulkUpdate([{ key: 'a2', changes: { status: 'trukket' } }, { key: 'a3', changes: { status: 'trukket' } }]);
    expect(await countMissingAssessments(db, CALL)).toEqual([]);
  });

  it('reads no application when no one is to assess', async () => {
    const db = openDatabase('test');
    const spy = spyOnReads(db);
    await seedOverview(db);
    await db.people.toCollection().modify({ active: false });
    spy.reset();
    expect(await countMissingAssessments(db, CALL)).toEqual([]);
    expect(spy.valueReads('applications')).toBe(0);
  });
});

