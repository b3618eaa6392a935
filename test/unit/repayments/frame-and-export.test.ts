// Money paid back returns to the frame (the call page's figures) and to the IMDi export, which
// counts what came in, not what was claimed; the export's rapport comes from the report records.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { callBudget } from '@renderer/domain/call-budget';
import { getCallBudget } from '@renderer/services/call-budget';
import { collectImdiExport } from '@renderer/services/export';
import { createRepaymentClaim, registerRepaymentPayment } from '@renderer/services/repayments/claims';
import { approveReport, saveReport } from '@renderer/services/reports/reports';
import { testContext } from '../services/test-context';
import { KR, seedCall, seedGrant } from '../reports/grant-fixture';
import { TODAY, seedBergen2020 } from '../export/fixture';

describe('frame figures with repayments', () => {
  it('adds what was paid back to "left", in total and split over the sub-goals', () => {
    const call = { budgetFrameOre: 100_000 * KR, subGoalFramesOre: { A: 50_000 * KR } };
    const apps = [{ id: 'a', subGoals: ['A', 'B'] as const, amountAppliedOre: 40_000 * KR, status: 'vedtatt' as const }];
    const decisions = [{ id: 'd', applicationId: 'a', decidedAt: '2020-04-01', createdAt: 'x', amountGrantedOre: 40_000 * KR }];
    const budget = callBudget(call, apps.map((a) => ({ ...a, subGoals: [...a.subGoals] })), decisions, new Set(), new Map([['a', 3_001 * KR]]));
    expect(budget.total).toMatchObject({ grantedOre: 40_000 * KR, repaidOre: 3_001 * KR, leftOre: 63_001 * KR });
    expect(budget.bySubGoal.A).toMatchObject({ repaidOre: 1_500_50, leftOre: 50_000 * KR - 20_000 * KR + 1_500_50 });
    expect(budget.bySubGoal.B).toMatchObject({ repaidOre: 1_500_50, leftOre: undefined });
  });

  it('the call page reads the payments that came in on claims', async () => {
    const ctx = testContext();
    await seedCall(ctx.db, 100_000);
    const id = await seedGrant(ctx.db, 1, 40_000, [40_000]);
    const claim = await createRepaymentClaim(ctx, {
      decisionId: id, basis: 'ubrukte_midler', amountOre: 10_000 * KR, reason: 'Ubrukt', decidedAt: '2021-03-01', deadline: '2021-04-01', accountNumber: '15032080119',
    });
    expect((await getCallBudget(ctx.db, 'call-1')).total).toMatchObject({ repaidOre: 0, leftOre: 60_000 * KR });
    await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-10', amountOre: 4_000 * KR });
    expect((await getCallBudget(ctx.db, 'call-1')).total).toMatchObject({ repaidOre: 4_000 * KR, leftOre: 64_000 * KR });
  });
});

describe('IMDi export', () => {
  it('fills tilbakebetalt_belop with what came in on claims (not the claimed or unused amount)', async () => {
    const db = openDatabase('eksport-tilbake');
    await seedBergen2020(db);
    const data = await collectImdiExport(db, { year: 2020, municipalityId: '4601', today: TODAY });
    const byTitle = new Map(data.tildelinger.map((r) => [r.tittel, r]));
    expect(byTitle.get('Språkkafé')?.tilbakebetalt_belop).toBe(2_500);
    // Claimed 5 000 on the reversed grant, nothing paid yet.
    expect(byTitle.get('Jentegruppe')?.tilbakebetalt_belop).toBe(0);
  });

  it('fills rapport from the report records: ikke forfalt, ikke mottatt, mottatt, godkjent', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const received = { receivedDate: '2021-01-25', annualReportReceived: true, accountsReceived: true, auditedAccountsReceived: false, unusedAmountStated: true, unusedAmountOre: 0 };
    const a = await seedGrant(ctx.db, 1, 40_000);
    const b = await seedGrant(ctx.db, 2, 30_000);
    await seedGrant(ctx.db, 3, 20_000);
    await saveReport(ctx, { decisionId: a, ...received });
    await saveReport(ctx, { decisionId: b, ...received });
    await approveReport(ctx, { decisionId: b, approvedBy: 'Kari', approvedDate: '2021-02-03' });
    const rapport = async (today: string) =>
      (await collectImdiExport(ctx.db, { year: 2020, municipalityId: '4601', today })).tildelinger.map((r) => [r.tittel, r.rapport]);
    expect(await rapport('2021-02-01')).toEqual([['Tiltak 1', 'mottatt'], ['Tiltak 2', 'godkjent'], ['Tiltak 3', 'ikke forfalt']]);
    expect(await rapport('2021-02-02')).toEqual([['Tiltak 1', 'mottatt'], ['Tiltak 2', 'godkjent'], ['Tiltak 3', 'ikke mottatt']]);
  });
});
