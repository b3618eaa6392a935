// Repayment claims (R13): the ceiling (never more than paid and granted), part payments until the
// claim is settled, the letter, and the change log.
import { describe, expect, it } from 'vitest';
import type { Repayment } from '@renderer/domain/repayment';
import { claimCeiling, remainingOre, repaidOre, repaymentStatus, settledDate } from '@renderer/domain/repayments/settlement';
import {
  createRepaymentClaim,
  markRepaymentLetterSent,
  registerRepaymentPayment,
  repaymentCeiling,
  saveRepaymentLetter,
} from '@renderer/services/repayments/claims';
import { testContext, validationErrorOf } from '../services/test-context';
import { KR, seedCall, seedGrant } from '../reports/grant-fixture';

const claimInput = (decisionId: string, amountKr: number) => ({
  decisionId, basis: 'ubrukte_midler' as const, amountOre: amountKr * KR, reason: 'To kurs ble avlyst.',
  decidedAt: '2021-03-01', deadline: '2021-04-01', accountNumber: '1503 20 80119',
});

/** Messages use no-break spaces in amounts; the expectations are written with plain ones. */
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');

const receipt = (id: string, date: string, kr: number) => ({ id, date, amountOre: kr * KR, registeredBy: 'Kari', registeredAt: `${date}T10:00:00.000Z` });

describe('settlement (domain)', () => {
  const claim: Pick<Repayment, 'amountOre' | 'deadline' | 'payments'> = { amountOre: 10_000 * KR, deadline: '2021-04-01', payments: [] };

  it('adds part payments and settles on the day the sum reaches the amount', () => {
    const one = { ...claim, payments: [receipt('a', '2021-03-10', 4_000)] };
    expect([repaidOre(one), remainingOre(one), settledDate(one), repaymentStatus(one, '2021-03-11')]).toEqual([4_000 * KR, 6_000 * KR, undefined, 'delvis_betalt']);
    const two = { ...claim, payments: [receipt('b', '2021-03-20', 6_000), ...one.payments] };
    expect([remainingOre(two), settledDate(two), repaymentStatus(two, '2021-05-01')]).toEqual([0, '2021-03-20', 'betalt']);
  });

  it('is open before its deadline and overdue after it, even when partly paid', () => {
    expect(repaymentStatus(claim, '2021-04-01')).toBe('apen');
    expect(repaymentStatus(claim, '2021-04-02')).toBe('forfalt');
    expect(repaymentStatus({ ...claim, payments: [receipt('a', '2021-03-10', 1)] }, '2021-04-02')).toBe('forfalt');
  });

  it('caps a claim at what was paid and granted, less earlier claims', () => {
    expect(claimCeiling(30_000, 40_000, 5_000).maxOre).toBe(25_000);
    expect(claimCeiling(40_000, 30_000, 0).maxOre).toBe(30_000);
    expect(claimCeiling(10_000, 40_000, 12_000).maxOre).toBe(0);
  });
});

describe('createRepaymentClaim', () => {
  it('saves the claim with the account normalised and the case reference, logged', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 40_000, [20_000, 20_000]);
    const claim = await createRepaymentClaim(ctx, claimInput(id, 2_500));
    expect(claim).toMatchObject({ accountNumber: '15032080119', paymentReference: '2020/APP1', decidedBy: 'Kari Saksbehandler', payments: [] });
    expect(await ctx.db.changeLog.where('[entity+entityId]').equals(['repayments', claim.id]).count()).toBe(1);
  });

  it('refuses more than was paid out, with the figures, and counts earlier claims', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 40_000, [20_000]);
    const tooMuch = await validationErrorOf(createRepaymentClaim(ctx, claimInput(id, 20_001)));
    expect(plain(tooMuch.fieldErrors['amountOre'])).toBe('Kravet på kr 20 001 er for stort. Det kan være høyst kr 20 000 (utbetalt kr 20 000).');
    await createRepaymentClaim(ctx, claimInput(id, 15_000));
    const second = await validationErrorOf(createRepaymentClaim(ctx, claimInput(id, 6_000)));
    expect(plain(second.fieldErrors['amountOre'])).toBe(
      'Kravet på kr 6 000 er for stort. Det kan være høyst kr 5 000 (utbetalt kr 20 000, allerede krevd tilbake kr 15 000).',
    );
    expect((await repaymentCeiling(ctx, id)).maxOre).toBe(5_000 * KR);
  });

  it('refuses a claim when nothing is paid, a bad account and a deadline before the decision', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const unpaid = await seedGrant(ctx.db, 1, 40_000);
    expect((await validationErrorOf(createRepaymentClaim(ctx, claimInput(unpaid, 100)))).message).toMatch(/Ingenting er utbetalt/);
    const paid = await seedGrant(ctx.db, 2, 40_000, [40_000]);
    expect((await validationErrorOf(createRepaymentClaim(ctx, { ...claimInput(paid, 100), accountNumber: '15032080118' }))).fieldErrors['accountNumber']).toMatch(/kontrollsifferet/);
    expect((await validationErrorOf(createRepaymentClaim(ctx, { ...claimInput(paid, 100), deadline: '2021-03-01' }))).fieldErrors['deadline']).toMatch(/etter vedtaksdatoen/);
    expect(await ctx.db.repayments.count()).toBe(0);
  });
});

describe('registerRepaymentPayment', () => {
  it('takes part payments until settled, refusing anything past the amount', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 40_000, [40_000]);
    const claim = await createRepaymentClaim(ctx, claimInput(id, 10_000));
    const first = await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-10', amountOre: 4_000 * KR });
    expect(repaymentStatus(first, '2021-03-11')).toBe('delvis_betalt');
    const over = await validationErrorOf(registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-12', amountOre: 6_001 * KR }));
    expect(plain(over.fieldErrors['amountOre'])).toBe('Innbetalingen på kr 6 001 er mer enn det som gjenstår av kravet (kr 6 000).');
    const second = await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-20', amountOre: 6_000 * KR, note: 'Rest' });
    expect([repaidOre(second), settledDate(second), repaymentStatus(second, '2021-06-01')]).toEqual([10_000 * KR, '2021-03-20', 'betalt']);
    expect((await validationErrorOf(registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-21', amountOre: 1 }))).message).toBe(
      'Kravet er allerede betalt i sin helhet.',
    );
    expect(await ctx.db.changeLog.where('[entity+entityId]').equals(['repayments', claim.id]).count()).toBe(3);
  });

  it('refuses a write over a newer version', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 40_000, [40_000]);
    const claim = await createRepaymentClaim(ctx, claimInput(id, 10_000));
    await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-10', amountOre: 100, expectedUpdatedAt: claim.updatedAt });
    const later = testContext({ db: ctx.db, now: () => new Date('2021-03-11T10:00:00.000Z') });
    await registerRepaymentPayment(later, { repaymentId: claim.id, date: '2021-03-10', amountOre: 100 });
    expect((await validationErrorOf(registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-10', amountOre: 100, expectedUpdatedAt: claim.updatedAt }))).message).toMatch(/endret et annet sted/);
  });
});

describe('the claim letter', () => {
  it('is kept with its hash, linked to the claim, and locked once sent', async () => {
    const ctx = testContext();
    await seedCall(ctx.db);
    const id = await seedGrant(ctx.db, 1, 40_000, [40_000]);
    const claim = await createRepaymentClaim(ctx, claimInput(id, 10_000));
    const letter = await saveRepaymentLetter(ctx, { repaymentId: claim.id, language: 'nb', bytes: new TextEncoder().encode('%PDF krav') });
    expect(letter).toMatchObject({ kind: 'tilbakebetalingskrav', decisionId: id });
    expect((await ctx.db.repayments.get(claim.id))?.letterId).toBe(letter.id);
    await markRepaymentLetterSent(ctx, claim.id, '2021-03-02');
    expect((await ctx.db.letters.get(letter.id))?.sentDate).toBe('2021-03-02');
    // The grant decision itself is not touched by a follow-up letter.
    expect((await ctx.db.decisions.get(id))?.lockedAt).toBeUndefined();
    expect((await validationErrorOf(saveRepaymentLetter(ctx, { repaymentId: claim.id, language: 'nb', bytes: new Uint8Array([1]) }))).message).toMatch(/sendt 02\.03\.2021/);
  });
});
