// The application's timeline from reports and repayment claims: received, approved, reminders,
// the claim, its letter, each part payment and the day it was settled.
import { describe, expect, it } from 'vitest';
import { reportEvents } from '@renderer/services/queries/timeline/reports';
import { repaymentEvents } from '@renderer/services/queries/timeline/repayments';
import { createRepaymentClaim, markRepaymentLetterSent, registerRepaymentPayment, saveRepaymentLetter } from '@renderer/services/repayments/claims';
import { saveReminderLetters } from '@renderer/services/reports/reminders';
import { approveReport, saveReport } from '@renderer/services/reports/reports';
import { testContext } from '../services/test-context';
import { KR, seedCall, seedGrant } from '../reports/grant-fixture';

const plain = (events: { date: string; label: string; detail?: string }[]) =>
  events.map((e) => [e.date, e.label.replace(/\u00a0/g, ' '), e.detail?.replace(/\u00a0/g, ' ')]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('reportEvents', () => {
  it('gives the reminder, the report received and the approval with who and why', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 40_000);
    await saveReminderLetters(ctx, [{ decisionId: id, bytes: new Uint8Array([1]) }], 'nb', '2021-02-10');
    await saveReport(ctx, { decisionId: id, receivedDate: '2021-02-20', annualReportReceived: true, accountsReceived: true, auditedAccountsReceived: false, unusedAmountStated: true, unusedAmountOre: 0 });
    await approveReport(ctx, { decisionId: id, approvedBy: 'Kari', approvedDate: '2021-03-01', approvalNote: 'Fint' });
    expect(plain(await reportEvents(ctx.db, 'app-1'))).toEqual([
      ['2021-02-10', 'Purring på rapport og regnskap sendt', undefined],
      ['2021-02-20', 'Rapport og regnskap mottatt', 'Frist var 01.02.2021'],
      ['2021-03-01', 'Rapporten er godkjent', 'Godkjent av Kari. Fint'],
    ]);
    expect((await reportEvents(ctx.db, 'app-1')).every((e) => e.stage === 'rapport')).toBe(true);
    expect(await reportEvents(ctx.db, 'ukjent')).toEqual([]);
  });
});

describe('repaymentEvents', () => {
  it('gives the claim, its letter sent, each part payment with what is left, and the settling', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 40_000, [40_000]);
    const claim = await createRepaymentClaim(ctx, {
      decisionId: id, basis: 'brudd_pa_vilkar', amountOre: 10_000 * KR, reason: 'PC', decidedAt: '2021-03-01', deadline: '2021-04-01', accountNumber: '15032080119',
    });
    await saveRepaymentLetter(ctx, { repaymentId: claim.id, language: 'nb', bytes: new Uint8Array([1]) });
    await markRepaymentLetterSent(ctx, claim.id, '2021-03-02');
    await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-10', amountOre: 4_000 * KR });
    await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-25', amountOre: 6_000 * KR });
    const events = await repaymentEvents(ctx.db, 'app-1');
    expect(events.every((e) => e.stage === 'tilbakebetaling')).toBe(true);
    expect(plain(events)).toEqual([
      ['2021-03-01', 'Krav om tilbakebetaling: kr 10 000', 'Grunnlag: brukt i strid med vilkårene. Frist 01.04.2021. Vedtatt av Kari Saksbehandler'],
      ['2021-03-02', 'Brev med krav om tilbakebetaling sendt', undefined],
      ['2021-03-10', 'Innbetalt kr 4 000', 'Igjen av kravet: kr 6 000'],
      ['2021-03-25', 'Innbetalt kr 6 000', 'Hele kravet er betalt'],
      ['2021-03-25', 'Kravet på kr 10 000 er betalt i sin helhet', undefined],
    ]);
  });
});
