// v12 adds the repayments table and the rest of the report checklist; old reports keep what they said.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { ReportSchema } from '@renderer/domain/report';
import { migrateFrom } from './migration-harness';

const at = '2021-01-10T08:00:00.000Z';
const oldReport = (id: string, over: Record<string, unknown>) => ({
  id, createdAt: at, updatedAt: at, decisionId: `d-${id}`, dueDate: '2021-02-01', annualReportReceived: false, accountsReceived: false,
  auditRequired: false, auditedAccountsReceived: false, approved: false, unusedAmountOre: 0, ...over,
});

describe('migration v6 -> v12: repayments and the report checklist', () => {
  it('marks the unused amount stated on approved or repaying reports only, and opens an empty repayments table', async () => {
    const db = await migrateFrom('mig12', 6, async (old) => {
      await old.table('reports').bulkPut([
        oldReport('approved', { approved: true, annualReportReceived: true, accountsReceived: true, receivedDate: '2021-01-20' }),
        oldReport('unused', { receivedDate: '2021-01-20', unusedAmountOre: 2_500_00 }),
        oldReport('nothing', {}),
      ]);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const reports = await db.reports.toArray();
    expect(Object.fromEntries(reports.map((r) => [r.id, r.unusedAmountStated]))).toEqual({ approved: true, unused: true, nothing: false });
    // Every upgraded row passes today's schema (and so a backup of it restores).
    for (const r of reports) expect(ReportSchema.safeParse(r).success).toBe(true);
    expect(reports.find((r) => r.id === 'approved')).toMatchObject({ approved: true, unusedAmountOre: 0 });
    expect(await db.repayments.where('decisionId').equals('d-unused').count()).toBe(0);
    db.close();
  });
});
