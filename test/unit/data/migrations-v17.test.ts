// v17 gives each screening summary its application's call, indexed with the result: the upgrade
// fills rows written before, and the screening writes keep new rows in step.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@renderer/data/schema';
import { overrideScreeningRule } from '@renderer/services/screening';
import { countScreeningResults } from '@renderer/services/queries/overview-figures/screening-counts';
import { testContext } from '../services/test-context';
import { seedApplication } from '../services/applications.fixtures';
import { migrateFrom } from './migration-harness';

const PREVIOUS = Math.max(...SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < 17));
const at = '2020-02-01T10:00:00.000Z';
const application = (id: string, callId: string, status = 'mottatt') => ({ id, createdAt: at, updatedAt: at, callId, organisationId: 'o1', status });

describe(`migration v${PREVIOUS} -> v17: screening summaries by call`, () => {
  it('names each summary’s call, so a call’s results count on the index; a row without an application stays as it was', async () => {
    const db = await migrateFrom('mig17', PREVIOUS, async (old) => {
      await old.table('calls').bulkPut([{ id: 'c1', year: 2020 }, { id: 'c2', year: 2021 }]);
      await old.table('applications').bulkPut([application('a1', 'c1'), application('a2', 'c1'), application('a3', 'c2'), application('a4', 'c1', 'trukket')]);
      await old.table('screeningSummaries').bulkPut([
        { applicationId: 'a1', summary: 'bestatt' },
        { applicationId: 'a2', summary: 'skjonn' },
        { applicationId: 'a3', summary: 'bestatt' },
        { applicationId: 'a4', summary: 'bestatt' },
        { applicationId: 'orphan', summary: 'ikke_bestatt' },
      ]);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.screeningSummaries.orderBy('applicationId').toArray()).toEqual([
      { applicationId: 'a1', summary: 'bestatt', callId: 'c1' },
      { applicationId: 'a2', summary: 'skjonn', callId: 'c1' },
      { applicationId: 'a3', summary: 'bestatt', callId: 'c2' },
      { applicationId: 'a4', summary: 'bestatt', callId: 'c1' },
      { applicationId: 'orphan', summary: 'ikke_bestatt' },
    ]);
    // The withdrawn a4 is left out of the counts.
    expect(await countScreeningResults(db, 'c1')).toEqual({ bestatt: 1, skjonn: 1, ikke_bestatt: 0, ikke_vurdert: 0 });
    db.close();
  });

  it('keeps the call on summaries written by a screening and by an override', async () => {
    const ctx = testContext();
    const { callId, applicationId } = await seedApplication(ctx, { amountAppliedOre: 8_000_00 });
    expect((await ctx.db.screeningSummaries.get(applicationId))?.callId).toBe(callId);
    await overrideScreeningRule(ctx, { applicationId, rule: 'R5', result: 'bestatt', reason: 'Beløpet er rettet i søknaden' });
    expect(await ctx.db.screeningSummaries.get(applicationId)).toMatchObject({ callId, summary: expect.any(String) });
    const counts = await countScreeningResults(ctx.db, callId);
    expect(counts.ikke_vurdert).toBe(0);
    expect(counts.bestatt + counts.skjonn + counts.ikke_bestatt).toBe(1);
  });
});
