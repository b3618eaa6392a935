// Acceptance, release, payment and lapse through the services, as an officer would meet them.
import { describe, expect, it } from 'vitest';
import { recordAcceptance, recordLapse } from '@renderer/services/acceptance';
import { saveAcceptanceReminder } from '@renderer/services/acceptance/reminders';
import { getCallBudget } from '@renderer/services/call-budget';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { decideApplication } from '@renderer/services/decisions';
import { createApplication } from '@renderer/services/applications';
import { createOrganisation } from '@renderer/services/organisations';
import { updateCall } from '@renderer/services/calls';
import { markTermsPaid } from '@renderer/services/payments/mark-paid';
import { releaseTerms } from '@renderer/services/payments/release';
import { loadPaymentsOverview } from '@renderer/services/queries/payments-overview';
import { testContext, validationErrorOf } from '../services/test-context';
import { ACCOUNT, KR, ORGNR, applicationInput, organisationInput } from '../services/applications.fixtures';
import { DEADLINE, seedSentGrant } from './grant-fixtures';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('release of payment terms (R11)', () => {
  it('is refused before the acceptance is recorded, and nothing is written', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const error = await validationErrorOf(releaseTerms(ctx, decisionId));
    expect(error.message).toBe(
      'Aksepten av vilkårene for «Norsktrening på biblioteket» er ikke registrert. Terminene kan frigis først når aksepten er mottatt.',
    );
    expect(await ctx.db.payments.count()).toBe(0);
  });

  it('happens with the acceptance: 40 000 kr above the threshold gives two terms as in the letter', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const { acceptance, released } = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    expect(acceptance).toMatchObject({ status: 'akseptert', receivedDate: '2020-03-10', channel: 'e-post' });
    expect(released.map((p) => [p.term, p.amountOre, p.dueDate])).toEqual([
      [1, 20_000 * KR, DEADLINE],
      [2, 20_000 * KR, '2020-09-01'],
    ]);
    // Releasing again is refused: the terms are there.
    expect((await validationErrorOf(releaseTerms(ctx, decisionId))).message).toContain('allerede frigitt');
    expect(await ctx.db.changeLog.filter((e) => e.entity === 'payments').count()).toBe(2);
  });

  it('refuses an acceptance dated before the letter was sent', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const error = await validationErrorOf(recordAcceptance(ctx, { decisionId, receivedDate: '2020-02-28', channel: 'brev' }));
    expect(error.message).toBe('Aksepten kan ikke ha kommet før vedtaksbrevet ble sendt (01.03.2020).');
    expect(await ctx.db.acceptances.count()).toBe(0);
  });
});

describe('markTermsPaid', () => {
  it('marks the chosen terms paid in one batch with verifiable change-log rows', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const { released } = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'portal' });
    const paid = await markTermsPaid(ctx, released.map((p) => p.id), '2020-03-25');
    expect(paid.map((p) => p.paidDate)).toEqual(['2020-03-25', '2020-03-25']);
    expect((await ctx.db.payments.toArray()).every((p) => p.paidDate === '2020-03-25')).toBe(true);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
    // Paying the same term twice is refused.
    expect((await validationErrorOf(markTermsPaid(ctx, [released[0]!.id], '2020-03-26'))).message).toBe(
      '«Norsktrening på biblioteket», termin 1 er allerede utbetalt 25.03.2020.',
    );
  });

  it('never lets the paid total pass the amount granted; a new decision for less shows the amount to claim back', async () => {
    const ctx = testContext();
    const { applicationId, decisionId, callId } = await seedSentGrant(ctx);
    const { released } = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    await markTermsPaid(ctx, [released[0]!.id], '2020-03-25');

    // A new decision grants 15 000 kr after 20 000 kr was paid.
    const lower = await decideApplication(ctx, {
      applicationId,
      outcome: 'delvis_innvilget',
      amountGrantedOre: 15_000 * KR,
      justification: 'Tiltaket er redusert.',
    });
    expect(lower.supersedesDecisionId).toBe(decisionId);
    // The old decision's autumn term can no longer be paid.
    const error = await validationErrorOf(markTermsPaid(ctx, [released[1]!.id], '2020-09-01'));
    expect(error.message).toBe('«Norsktrening på biblioteket», termin 2: vedtaket er erstattet av et nytt vedtak, så terminen kan ikke utbetales.');

    const overview = await loadPaymentsOverview(ctx.db, callId, '2020-09-01');
    expect(overview?.claims.map((c) => [c.paidOre, c.decision.amountGrantedOre, c.claimOre])).toEqual([[20_000 * KR, 15_000 * KR, 5_000 * KR]]);
  });

  it('refuses a batch that would pay more than granted, naming the term', async () => {
    const ctx = testContext();
    const { decisionId } = await seedSentGrant(ctx);
    const { released } = await recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-10', channel: 'e-post' });
    // A term tampered with elsewhere (e.g. an edited backup) to pay more than the grant.
    await ctx.db.payments.update(released[1]!.id, { amountOre: 20_000 * KR + 1 });
    const error = await validationErrorOf(markTermsPaid(ctx, released.map((p) => p.id), '2020-03-25'));
    expect(nbsp(error.message)).toBe(
      '«Norsktrening på biblioteket», termin 2: da ville kr 40 000,01 være utbetalt, mer enn innvilget beløp kr 40 000.',
    );
    // All or nothing: term 1 is not paid either.
    expect((await ctx.db.payments.toArray()).some((p) => p.paidDate)).toBe(false);
  });
});

describe('lapse (bortfall)', () => {
  it('is refused until the deadline has passed, then frees the amount in the frame', async () => {
    const ctx = testContext();
    const { decisionId, callId } = await seedSentGrant(ctx);
    expect((await getCallBudget(ctx.db, callId)).total.grantedOre).toBe(40_000 * KR);

    const early = await validationErrorOf(recordLapse(ctx, { decisionIds: [decisionId], lapsedDate: DEADLINE }));
    expect(early.message).toBe('Fristen for aksept for «Norsktrening på biblioteket» går ut 22.03.2020. Tilskuddet kan først falle bort etter fristen.');

    const [row] = await recordLapse(ctx, { decisionIds: [decisionId], lapsedDate: '2020-03-23', note: 'Ingen svar' });
    expect(row).toMatchObject({ status: 'bortfalt', lapsedDate: '2020-03-23' });
    const budget = await getCallBudget(ctx.db, callId);
    expect(budget.total.grantedOre).toBe(0);
    expect(budget.total.leftOre).toBe(budget.total.frameOre);
    expect(await ctx.db.changeLog.filter((e) => e.entity === 'acceptances').count()).toBe(1);
    // A lapsed grant is never released or accepted.
    expect((await validationErrorOf(releaseTerms(ctx, decisionId))).message).toBe('Tilskuddet til «Norsktrening på biblioteket» har falt bort og kan ikke utbetales.');
    expect((await validationErrorOf(recordAcceptance(ctx, { decisionId, receivedDate: '2020-03-24', channel: 'brev' }))).message).toContain('bortfalt');
  });

  it('lets the freed amount be granted to another application within the frame', async () => {
    const ctx = testContext();
    const { decisionId, callId } = await seedSentGrant(ctx);
    await updateCall(ctx, callId, { budgetFrameOre: 40_000 * KR });
    const other = await createOrganisation(ctx, organisationInput({ orgnr: ORGNR[0], name: 'Kvinnenettverket', accountNumber: ACCOUNT }));
    const second = await createApplication(ctx, applicationInput(callId, other.id, { title: 'Jentegruppe' }));
    expect((await validationErrorOf(decideApplication(ctx, { applicationId: second.id, outcome: 'innvilget' }))).message).toContain('Rammen kan ikke overskrides');

    await recordLapse(ctx, { decisionIds: [decisionId], lapsedDate: '2020-03-23' });
    const granted = await decideApplication(ctx, { applicationId: second.id, outcome: 'innvilget' });
    expect(granted.amountGrantedOre).toBe(40_000 * KR);
  });

  it('waits 14 days after a reminder before a lapse can be recorded', async () => {
    // The letter is made on 2020-03-01; the reminder on 2020-03-25, so the new deadline is 2020-04-08.
    let now = '2020-03-01T10:00:00Z';
    const ctx = testContext({ now: () => new Date(now) });
    const { decisionId } = await seedSentGrant(ctx);
    now = '2020-03-25T09:00:00Z';
    await saveAcceptanceReminder(ctx, { decisionId, language: 'nn', bytes: new TextEncoder().encode('%PDF purring') });
    const error = await validationErrorOf(recordLapse(ctx, { decisionIds: [decisionId], lapsedDate: '2020-04-08' }));
    expect(error.message).toContain('går ut 08.04.2020');
    await expect(recordLapse(ctx, { decisionIds: [decisionId], lapsedDate: '2020-04-09' })).resolves.toHaveLength(1);
  });
});
