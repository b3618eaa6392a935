// v22 gives decisions, payments and reports their application's call, indexed: the upgrade fills
// it for existing rows (a decision from its application, a payment or report from its decision),
// so a call's rows are one range on the index, and every writer sets it from then on.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { DecisionSchema, type Decision } from '@renderer/domain/decision';
import { PaymentSchema, type Payment } from '@renderer/domain/payment';
import { ReportSchema, type Report } from '@renderer/domain/report';
import { decideApplication } from '@renderer/services/decisions';
import { testContext } from '../services/test-context';
import { seedApplication } from '../services/applications.fixtures';
import { migrateFrom, storedApplication as application } from './migration-harness';

const at = '2020-04-01T10:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at });

/** A decision, payment and report as v21 stored them: without a call. */
const decision = (id: string, applicationId: string, over: Partial<Decision> = {}): Omit<Decision, 'callId'> => ({
  ...meta(id), applicationId, outcome: 'innvilget', amountAppliedOre: 4_000_000, amountGrantedOre: 4_000_000,
  justification: '', conditions: '', decidedAt: '2020-04-01', decidedBy: 'Kari', ...over,
});
const payment = (id: string, decisionId: string): Omit<Payment, 'callId'> => ({
  ...meta(id), decisionId, term: 1, amountOre: 4_000_000, dueDate: '2020-05-01',
});
const report = (id: string, decisionId: string): Omit<Report, 'callId'> => ({
  ...meta(id), decisionId, dueDate: '2021-02-01', annualReportReceived: false, accountsReceived: false, auditRequired: false,
  auditedAccountsReceived: false, approved: false, unusedAmountStated: false, unusedAmountOre: 0,
});
const call = (id: string, year: number) => ({
  ...meta(id), year, title: `Tilskudd ${year}`, municipalityId: '4601', deadline: `${year}-03-15`, budgetFrameOre: 100_000_000, status: 'vedtatt',
});

describe('migration v21 -> v22: decisions, payments and reports name their call', () => {
  it('fills the call from the application (decisions) and from the decision (payments, reports), on every row', async () => {
    const db = await migrateFrom('mig21', 21, async (old) => {
      await old.table('calls').bulkPut([call('c1', 2020), call('c2', 2021)]);
      await old.table('applications').bulkPut([application('a1'), application('a2', { callId: 'c2' })]);
      await old.table('decisions').bulkPut([
        decision('d1', 'a1'),
        // A changed decision: the new one supersedes the old, both on the same call.
        decision('d1b', 'a1', { supersedesDecisionId: 'd1', outcome: 'delvis_innvilget', amountGrantedOre: 3_000_000, justification: 'Ramme' }),
        decision('d2', 'a2'),
      ]);
      await old.table('payments').bulkPut([payment('p1', 'd1'), payment('p1b', 'd1b'), payment('p2', 'd2')]);
      await old.table('reports').bulkPut([report('r1b', 'd1b'), report('r2', 'd2')]);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.decisions.where('callId').equals('c1').primaryKeys()).toEqual(['d1', 'd1b']);
    expect(await db.decisions.where('callId').equals('c2').primaryKeys()).toEqual(['d2']);
    expect(await db.payments.where('callId').equals('c1').primaryKeys()).toEqual(['p1', 'p1b']);
    expect(await db.payments.where('callId').equals('c2').primaryKeys()).toEqual(['p2']);
    expect(await db.reports.where('callId').equals('c1').primaryKeys()).toEqual(['r1b']);
    expect(await db.reports.where('callId').equals('c2').primaryKeys()).toEqual(['r2']);
    // Nothing else changed, and every row is valid by today's schemas.
    expect(await db.decisions.get('d1b')).toEqual({ ...decision('d1b', 'a1', { supersedesDecisionId: 'd1', outcome: 'delvis_innvilget', amountGrantedOre: 3_000_000, justification: 'Ramme' }), callId: 'c1' });
    for (const d of await db.decisions.toArray()) expect(DecisionSchema.safeParse(d).success).toBe(true);
    for (const p of await db.payments.toArray()) expect(PaymentSchema.safeParse(p).success).toBe(true);
    for (const r of await db.reports.toArray()) expect(ReportSchema.safeParse(r).success).toBe(true);
    db.close();
  });

  it('leaves a row whose application or decision is gone without a call (the data audit and restore name it)', async () => {
    const db = await migrateFrom('mig21-orphan', 21, async (old) => {
      await old.table('calls').bulkPut([call('c1', 2020)]);
      await old.table('decisions').bulkPut([decision('d-orphan', 'no-such-application')]);
      await old.table('payments').bulkPut([payment('p-orphan', 'no-such-decision')]);
    });
    expect(await db.decisions.get('d-orphan')).not.toHaveProperty('callId');
    expect(await db.payments.get('p-orphan')).not.toHaveProperty('callId');
    db.close();
  });

  it('gives a new decision its application\'s call', async () => {
    const ctx = testContext();
    const { applicationId } = await seedApplication(ctx);
    const made = await decideApplication(ctx, { applicationId, outcome: 'innvilget' });
    const { callId } = (await ctx.db.applications.get(applicationId))!;
    expect(made.callId).toBe(callId);
    expect(await ctx.db.decisions.where('callId').equals(callId).primaryKeys()).toEqual([made.id]);
  });
});
