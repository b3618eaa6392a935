// v5 keeps each screening's one-word summary in a slim table for the applications list: built by
// the upgrade from existing screenings, kept in step by every screening write and by restore.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import type { Screening } from '@renderer/domain/screening';
import { createBackup, inspectBackup, restoreBackup } from '@renderer/services/backup';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';
import { overrideScreeningRule } from '@renderer/services/screening';
import { updateApplication } from '@renderer/services/applications';
import { testContext } from '../services/test-context';
import { applicationInput, seedApplication } from '../services/applications.fixtures';
import { migrateFrom } from './migration-harness';

const at = '2020-02-01T10:00:00.000Z';

function screening(id: string, applicationId: string, results: Screening['results'], overrides: Screening['overrides'] = []): Screening {
  return { id, createdAt: at, updatedAt: at, applicationId, results, overrides, screenedAt: at };
}

describe('migration v4 -> v5: screening summaries', () => {
  it('summarises every existing screening, overrides included', async () => {
    const db = await migrateFrom('mig5', 4, async (old) => {
      await old.table('screenings').bulkPut([
        screening('s1', 'a1', [
          { rule: 'R1', result: 'bestatt', reason: 'Registrert' },
          { rule: 'R5', result: 'ikke_bestatt', reason: 'Under minstebeløpet' },
        ]),
        screening('s2', 'a2', [{ rule: 'R1', result: 'skjonn', reason: 'Sjekk' }]),
        screening(
          's3',
          'a3',
          [{ rule: 'R5', result: 'ikke_bestatt', reason: 'Under minstebeløpet' }],
          [{ rule: 'R5', result: 'bestatt', reason: 'Feil i beløpet', by: 'Kari', at }],
        ),
      ]);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.screeningSummaries.orderBy('applicationId').toArray()).toEqual([
      { applicationId: 'a1', summary: 'ikke_bestatt' },
      { applicationId: 'a2', summary: 'skjonn' },
      { applicationId: 'a3', summary: 'bestatt' },
    ]);
    db.close();
  });
});

describe('screening summaries after v5', () => {
  it('follow a re-screening and an override in the same write', async () => {
    const ctx = testContext();
    const { callId, organisationId, applicationId } = await seedApplication(ctx, { amountAppliedOre: 8_000_00 });
    expect(await ctx.db.screeningSummaries.get(applicationId)).toEqual({ applicationId, summary: 'ikke_bestatt', callId });

    await overrideScreeningRule(ctx, { applicationId, rule: 'R5', result: 'bestatt', reason: 'Beløpet er rettet i telefonsamtale' });
    const afterOverride = (await ctx.db.screeningSummaries.get(applicationId))?.summary;
    expect(afterOverride).not.toBe('ikke_bestatt');

    await updateApplication(ctx, applicationId, applicationInput(callId, organisationId, { amountAppliedOre: 50_000_00 }));
    const screeningRow = await ctx.db.screenings.where('applicationId').equals(applicationId).first();
    expect(await ctx.db.screeningSummaries.get(applicationId)).toEqual(summaryRowOf(screeningRow!, callId));
  });

  it('are rebuilt from the restored screenings, not kept from before the restore', async () => {
    const ctx = testContext();
    const { callId, applicationId } = await seedApplication(ctx, { amountAppliedOre: 8_000_00 });
    const backup = await createBackup(ctx.db, new Date('2020-03-01T10:00:00Z'));
    await overrideScreeningRule(ctx, { applicationId, rule: 'R5', result: 'bestatt', reason: 'Beløpet er rettet' });
    expect((await ctx.db.screeningSummaries.get(applicationId))?.summary).not.toBe('ikke_bestatt');

    const inspected = await inspectBackup(backup.blob);
    if (!inspected.ok) throw new Error(inspected.error);
    await restoreBackup(ctx, inspected.backup);

    expect(await ctx.db.screeningSummaries.toArray()).toEqual([{ applicationId, summary: 'ikke_bestatt', callId }]);
  });
});
