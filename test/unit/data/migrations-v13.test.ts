// v13 evolves appeals: rows written before keep parsing and are found by the new index's queries.
import { describe, expect, it } from 'vitest';
import { AppealSchema } from '@renderer/domain/appeal';
import { appealStage } from '@renderer/domain/appeals/stage';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@renderer/data/schema';
import { migrateFrom } from './migration-harness';

const PREVIOUS = Math.max(...SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < 13));

const legacyAppeal = {
  id: 'k1',
  createdAt: '2020-04-07T08:00:00.000Z',
  updatedAt: '2020-04-20T08:00:00.000Z',
  decisionId: 'd1',
  receivedDate: '2020-04-07',
  withinDeadline: true,
  ownReview: 'opprettholdt',
  ownReviewDate: '2020-04-20',
  comment: 'Registrert før klagesidene fantes.',
};

describe(`migration v${PREVIOUS} -> v13: appeals`, () => {
  it('keeps an appeal written before: it parses, keeps its stage and is queryable by the new index', async () => {
    const db = await migrateFrom('mig13', PREVIOUS, async (old) => {
      await old.table('appeals').put(legacyAppeal);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const row = await db.appeals.where('decisionId').equals('d1').first();
    expect(row).toEqual(legacyAppeal);
    expect(AppealSchema.safeParse(row).success).toBe(true);
    expect(appealStage(row!)).toBe('egen_vurdering');
    expect(await db.appeals.where('newDecisionId').equals('d2').count()).toBe(0);
    await db.appeals.put({ ...row!, newDecisionId: 'd2' });
    expect((await db.appeals.where('newDecisionId').equals('d2').first())?.id).toBe('k1');
    db.close();
  });
});
