import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { countOpenAppeals } from '@renderer/services/queries/overview/appeal-todo';
import { CALL, OPEN_CALL, seedOverview } from './overview-seed';

describe('countOpenAppeals', () => {
  it('counts appeals waiting for the municipality, not those forwarded to IMDi', async () => {
    const db = openDatabase('test');
    await seedOverview(db);
    expect(await countOpenAppeals(db, CALL)).toBe(1);
    expect(await countOpenAppeals(db, OPEN_CALL)).toBe(0);
    await db.appeals.update('ap1', { ownReview: 'omgjort', ownReviewDate: '2023-04-19' });
    expect(await countOpenAppeals(db, CALL)).toBe(0);
  });
});
