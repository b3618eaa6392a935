// v12 adds the repayments table and the rest of the report checklist; old reports keep what they said.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { ReportSchema } from '@renderer/domain/report';
import { migrateFrom, storedApplication } from './migration-harness';

const at = '2021-01-10T08:00:00.000Z';
const oldReport = (id: string, over: Record<string, unknown>) => ({
  id, createdAt: at, updatedAt: at, decisionId: `d-${id}`, dueDate: '2021-02-01', annualReportReceived: false, accountsReceived: false,
  auditRequired: false, auditedAccountsReceived: false, approved: false, unusedAmountOre: 0, ...over,
});

/** The decision each report hangs on, with its application in call c1 (v22 gives the report that call). */
const decisionOf = (id: string) => ({
  id: `d-${id}`, createdAt: at, updatedAt: at, applicationId: `a-${id}`, outcome: 'innvilget', amountAppliedOre: 4_000_000,
  amountGrantedOre: 4_000_000, justification: '', conditions: '', decidedAt: '2020-04-01', decidedBy: 'Kari',
});
const IDS = ['approved', 'unused', 'nothing'];

describe('migration v6 -> v12: repayments and the report checklist', () => {
  it('marks the unused amount stated on approved or repaying reports only, and opens an empty repayments table', async () => {
    const db = await migrateFrom('mig12', 6, async (old) => {
      await old.table('calls').put({ id: 'c1', createdAt: at, updatedAt: at, year: 2020, title: 'Tilskudd 2020', municipalityId: '4601', deadline: '2020-03-15', budgetFrameOre: 100_000_000, status: 'vedtatt' });
      await old.table('applications').bulkPut(IDS.map((id) => storedApplication(`a-${id}`, { status: 'vedtatt' })));
      await old.table('decisions').bulkPut(IDS.map(decisionOf));
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
    expect(reports.map((r) => r.callId)).toEqual(['c1', 'c1', 'c1']);
    expect(await db.repayments.where('decisionId').equals('d-unused').count()).toBe(0);
    db.close();
  });
});
