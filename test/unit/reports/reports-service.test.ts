// Registering and approving reports through the service: one row per grant, logged, with the
// audit requirement from the grant and clear refusals.
import { describe, expect, it } from 'vitest';
import { approveReport, saveReport } from '@renderer/services/reports/reports';
import { saveReminderLetters } from '@renderer/services/reports/reminders';
import { loadReportRows } from '@renderer/services/queries/report-list';
import { testContext, validationErrorOf } from '../services/test-context';
import { seedCall, seedGrant } from './grant-fixture';
import { openDatabase } from '@renderer/data/db';
import { spyOnReads } from '../data/read-spy';

const received = {
  receivedDate: '2021-01-25', annualReportReceived: true, accountsReceived: true, auditedAccountsReceived: false,
  unusedAmountStated: true, unusedAmountOre: 0,
};

describe('saveReport', () => {
  it('makes the report row on first save with the call due date, the audit rule, and a change-log row', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const atThreshold = await seedGrant(ctx.db, 1, 100_000);
    const below = await seedGrant(ctx.db, 2, 99_999);
    const a = await saveReport(ctx, { decisionId: atThreshold, ...received });
    const b = await saveReport(ctx, { decisionId: below, ...received });
    expect(a).toMatchObject({ dueDate: '2021-02-01', auditRequired: true, approved: false });
    expect(b.auditRequired).toBe(false);
    expect(await ctx.db.reports.count()).toBe(2);
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['reports', a.id]).toArray();
    expect(log.map((l) => l.action)).toEqual(['opprettet']);
    // A second save updates the same row.
    await saveReport(ctx, { decisionId: atThreshold, ...received, comment: 'Ok', expectedUpdatedAt: a.updatedAt });
    expect(await ctx.db.reports.count()).toBe(2);
  });

  it('refuses received items without a received date, and audit without what came', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 150_000);
    const noDate = await validationErrorOf(saveReport(ctx, { decisionId: id, ...received, receivedDate: undefined }));
    expect(noDate.fieldErrors['receivedDate']).toMatch(/datoen rapporten kom inn/);
    const noKind = await validationErrorOf(saveReport(ctx, { decisionId: id, ...received, auditedAccountsReceived: true }));
    expect(noKind.fieldErrors['auditEvidence']).toMatch(/revisorberetning/);
    expect(await ctx.db.reports.count()).toBe(0);
  });

  it('refuses a superseded or rejected decision', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const rejected = await seedGrant(ctx.db, 1, 50_000, [], { outcome: 'avslatt', amountGrantedOre: 0, justification: 'Nei' });
    expect((await validationErrorOf(saveReport(ctx, { decisionId: rejected, ...received }))).message).toMatch(/ikke fått tilskudd/);
  });
});

describe('approveReport', () => {
  it('refuses while audited accounts are missing on a grant at the audit threshold, then approves with who, when and a note', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 100_000);
    await saveReport(ctx, { decisionId: id, ...received });
    const missing = await validationErrorOf(approveReport(ctx, { decisionId: id, approvedBy: 'Kari', approvedDate: '2021-02-10' }));
    expect(missing.message).toBe('Rapporten kan ikke godkjennes før dette er registrert: revidert regnskap eller revisorberetning.');
    await saveReport(ctx, { decisionId: id, ...received, auditedAccountsReceived: true, auditEvidence: 'revisorberetning' });
    const approved = await approveReport(ctx, { decisionId: id, approvedBy: 'Kari', approvedDate: '2021-02-10', approvalNote: 'Alt i orden' });
    expect(approved).toMatchObject({ approved: true, approvedBy: 'Kari', approvedDate: '2021-02-10', approvalNote: 'Alt i orden' });
    // Approved reports no longer change.
    expect((await validationErrorOf(saveReport(ctx, { decisionId: id, ...received }))).message).toMatch(/godkjent 10\.02\.2021/);
  });

  it('approves one krone below the threshold without audited accounts', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 99_999);
    await saveReport(ctx, { decisionId: id, ...received });
    expect((await approveReport(ctx, { decisionId: id, approvedBy: 'Kari', approvedDate: '2021-02-10' })).approved).toBe(true);
  });
});

describe('the Rapportering list and reminders', () => {
  it('lists every current grant with its status; reminders are kept as sent letters of kind purring', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const a = await seedGrant(ctx.db, 1, 40_000, [40_000]);
    const b = await seedGrant(ctx.db, 2, 20_000);
    await seedGrant(ctx.db, 3, 10_000, [], { outcome: 'avslatt', amountGrantedOre: 0, justification: 'Nei' });
    await saveReport(ctx, { decisionId: b, ...received });
    const before = await loadReportRows(ctx.db, '2021-02-15');
    expect(before.map((r) => [r.application.title, r.status, r.paidOre])).toEqual([
      ['Tiltak 1', 'forfalt', 40_000_00],
      ['Tiltak 2', 'mottatt', 0],
    ]);
    const bytes = new TextEncoder().encode('%PDF-1.7 purring');
    await saveReminderLetters(ctx, [{ decisionId: a, bytes }], 'nn', '2021-02-15');
    const [row] = await loadReportRows(ctx.db, '2021-02-15', [a]);
    expect(row?.reminders).toMatchObject([{ sentDate: '2021-02-15', language: 'nn' }]);
    expect((await ctx.db.letters.toArray())[0]).toMatchObject({ kind: 'purring', decisionId: a });
  });

  it('never reads a letter\'s PDF: reminders come from the letters\' heads', async () => {
    const db = openDatabase('report-list-spied');
    const spy = spyOnReads(db);
    const ctx = testContext({ db });
    await seedCall(db);
    const a = await seedGrant(db, 1, 40_000, [40_000]);
    await saveReminderLetters(ctx, [{ decisionId: a, bytes: new TextEncoder().encode('%PDF-1.7 purring') }], 'nb', '2021-02-15');
    spy.reset();
    const rows = await loadReportRows(db, '2021-02-16');
    expect(rows[0]?.reminders).toMatchObject([{ sentDate: '2021-02-15', language: 'nb' }]);
    expect(spy.valueReads('letterHeads')).toBeGreaterThan(0);
    expect(spy.valueReads('letters')).toBe(0);
  });
});
