// Withdrawing and correcting a repayment claim (R13), and the refusals an officer meets.
import { describe, expect, it } from 'vitest';
import { claimCeiling, remainingOre, repaymentStatus, settledDate } from '@renderer/domain/repayments/settlement';
import {
  createRepaymentClaim,
  markRepaymentLetterSent,
  registerRepaymentPayment,
  repaymentCeiling,
  saveRepaymentLetter,
} from '@renderer/services/repayments/claims';
import { correctRepaymentClaim, withdrawRepaymentClaim } from '@renderer/services/repayments/claim-corrections';
import { repaymentEvents } from '@renderer/services/queries/timeline/repayments';
import { testContext, validationErrorOf } from '../services/test-context';
import { KR, seedCall, seedGrant } from '../reports/grant-fixture';

const claimInput = (decisionId: string, amountKr: number) => ({
  decisionId, basis: 'ubrukte_midler' as const, amountOre: amountKr * KR, reason: 'To kurs ble avlyst.',
  decidedAt: '2021-03-01', deadline: '2021-04-01', accountNumber: '1503 20 80119',
});
const plain = (text: string | undefined) => text?.replace(/\u00a0/g, ' ');
const PDF = new TextEncoder().encode('%PDF krav');

async function seeded() {
  const ctx = testContext();
  await seedCall(ctx.db);
  const decisionId = await seedGrant(ctx.db, 1, 40_000, [20_000]);
  const claim = await createRepaymentClaim(ctx, claimInput(decisionId, 5_000));
  return { ctx, decisionId, claim };
}

describe('a withdrawn claim (domain)', () => {
  const claim = { amountOre: 5_000 * KR, deadline: '2021-04-01', payments: [], withdrawn: { date: '2021-03-05', reason: 'Feil', by: 'Kari', at: '2021-03-05T10:00:00.000Z' } };
  it('is no longer owed and never overdue', () => {
    expect([remainingOre(claim), settledDate(claim), repaymentStatus(claim, '2021-06-01')]).toEqual([0, undefined, 'trukket']);
  });
  it('keeps the ceiling as before for claims still standing', () => {
    expect(claimCeiling(20_000, 40_000, 0).maxOre).toBe(20_000);
  });
});

describe('withdrawRepaymentClaim', () => {
  it('marks the claim withdrawn with the reason, keeps its letter, frees the ceiling, logged', async () => {
    const { ctx, decisionId, claim } = await seeded();
    const letter = await saveRepaymentLetter(ctx, { repaymentId: claim.id, language: 'nb', bytes: PDF });
    await markRepaymentLetterSent(ctx, claim.id, '2021-03-02');
    expect((await repaymentCeiling(ctx, decisionId)).maxOre).toBe(15_000 * KR);
    const withdrawn = await withdrawRepaymentClaim(ctx, { repaymentId: claim.id, date: '2021-03-10', reason: 'Rapporten var lest feil.' });
    expect(withdrawn.withdrawn).toMatchObject({ date: '2021-03-10', reason: 'Rapporten var lest feil.', by: 'Kari Saksbehandler' });
    expect(withdrawn.letterId).toBe(letter.id);
    expect(await ctx.db.letters.get(letter.id)).toBeTruthy();
    expect(repaymentStatus(withdrawn, '2021-05-01')).toBe('trukket');
    expect((await repaymentCeiling(ctx, decisionId)).maxOre).toBe(20_000 * KR);
    const log = await ctx.db.changeLog.where('[entity+entityId]').equals(['repayments', claim.id]).toArray();
    expect(log.at(-1)?.action).toBe('endret');
    // Nothing more can be paid on it.
    const pay = await validationErrorOf(registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-20', amountOre: 100 * KR }));
    expect(pay.message).toBe('Kravet ble trukket 10.03.2021; det kan ikke registreres innbetalinger på det.');
  });

  it('shows in the case timeline with its reason', async () => {
    const { ctx, claim } = await seeded();
    await withdrawRepaymentClaim(ctx, { repaymentId: claim.id, date: '2021-03-10', reason: 'Rapporten var lest feil.' });
    const events = (await repaymentEvents(ctx.db, 'app-1')).map((e) => [e.date, plain(e.label), e.detail]);
    expect(events).toContainEqual(['2021-03-10', 'Kravet på kr 5 000 er trukket', 'Rapporten var lest feil.']);
  });

  it('requires a written reason', async () => {
    const { ctx, claim } = await seeded();
    const error = await validationErrorOf(withdrawRepaymentClaim(ctx, { repaymentId: claim.id, date: '2021-03-10', reason: '  ' }));
    expect(Object.keys(error.fieldErrors)).toContain('reason');
    expect((await ctx.db.repayments.get(claim.id))?.withdrawn).toBeUndefined();
  });

  it('is refused once money is paid on the claim', async () => {
    const { ctx, claim } = await seeded();
    await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-15', amountOre: 1_000 * KR });
    const error = await validationErrorOf(withdrawRepaymentClaim(ctx, { repaymentId: claim.id, date: '2021-03-20', reason: 'Feil krav' }));
    expect(plain(error.message)).toBe(
      'Kravet kan ikke trekkes: kr 1 000 er allerede innbetalt på det. Et krav det er betalt på, må stå, så innbetalingen har et grunnlag.',
    );
  });

  it('is refused twice and before the claim was made', async () => {
    const { ctx, claim } = await seeded();
    const early = await validationErrorOf(withdrawRepaymentClaim(ctx, { repaymentId: claim.id, date: '2021-02-01', reason: 'Feil krav' }));
    expect(early.fieldErrors['date']).toBe('Kravet kan ikke trekkes før det ble fattet (01.03.2021).');
    await withdrawRepaymentClaim(ctx, { repaymentId: claim.id, date: '2021-03-02', reason: 'Feil krav' });
    const again = await validationErrorOf(withdrawRepaymentClaim(ctx, { repaymentId: claim.id, date: '2021-03-03', reason: 'Feil krav' }));
    expect(again.message).toBe('Kravet ble allerede trukket 02.03.2021.');
  });
});

describe('correctRepaymentClaim', () => {
  it('changes amount, reason and deadline before the letter is sent, and asks for a new letter', async () => {
    const { ctx, claim } = await seeded();
    const letter = await saveRepaymentLetter(ctx, { repaymentId: claim.id, language: 'nb', bytes: PDF });
    const fixed = await correctRepaymentClaim(ctx, { repaymentId: claim.id, amountOre: 4_000 * KR, reason: 'Ett kurs ble avlyst.', deadline: '2021-04-15' });
    expect(fixed).toMatchObject({ amountOre: 4_000 * KR, reason: 'Ett kurs ble avlyst.', deadline: '2021-04-15' });
    expect(fixed.letterId).toBeUndefined();
    // The old, unsent letter stays in the case; it is just no longer the claim's letter.
    expect(await ctx.db.letters.get(letter.id)).toBeTruthy();
  });

  it('is refused once the letter is marked sent', async () => {
    const { ctx, claim } = await seeded();
    await saveRepaymentLetter(ctx, { repaymentId: claim.id, language: 'nb', bytes: PDF });
    await markRepaymentLetterSent(ctx, claim.id, '2021-03-02');
    const error = await validationErrorOf(correctRepaymentClaim(ctx, { repaymentId: claim.id, amountOre: 4_000 * KR, reason: 'Ny', deadline: '2021-04-15' }));
    expect(error.message).toBe('Brevet med kravet ble sendt 02.03.2021, så kravet kan ikke lenger rettes. Trekk det heller og lag et nytt krav.');
    expect((await ctx.db.repayments.get(claim.id))?.amountOre).toBe(5_000 * KR);
  });

  it('refuses an amount above what was paid out, and a deadline not after the decision', async () => {
    const { ctx, claim } = await seeded();
    const tooMuch = await validationErrorOf(correctRepaymentClaim(ctx, { repaymentId: claim.id, amountOre: 20_001 * KR, reason: 'Ny', deadline: '2021-04-15' }));
    expect(plain(tooMuch.fieldErrors['amountOre'])).toBe('Kravet kan være høyst kr 20 000 (utbetalt kr 20 000, krevd i andre krav kr 0).');
    const deadline = await validationErrorOf(correctRepaymentClaim(ctx, { repaymentId: claim.id, amountOre: 4_000 * KR, reason: 'Ny', deadline: '2021-03-01' }));
    expect(deadline.fieldErrors['deadline']).toBe('Betalingsfristen må være etter vedtaksdatoen (01.03.2021).');
  });

  it('refuses an amount below what is already paid in', async () => {
    const { ctx, claim } = await seeded();
    await registerRepaymentPayment(ctx, { repaymentId: claim.id, date: '2021-03-15', amountOre: 3_000 * KR });
    const error = await validationErrorOf(correctRepaymentClaim(ctx, { repaymentId: claim.id, amountOre: 2_000 * KR, reason: 'Ny', deadline: '2021-04-15' }));
    expect(plain(error.fieldErrors['amountOre'])).toBe('Beløpet kan ikke være mindre enn det som alt er innbetalt (kr 3 000).');
  });
});
