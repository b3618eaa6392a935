// Correcting a repayment claim made in error (R13): withdraw it with a written reason while nothing
// is paid on it (its letter stays in the case), or correct its amount, reason and deadline until
// its letter is marked sent. Each is one logged transaction.
import { z } from 'zod';
import { isoDateSchema, oreSchema, requiredTextSchema } from '@renderer/domain/common';
import { RepaymentSchema, type Repayment } from '@renderer/domain/repayment';
import { claimCeiling, claimedOre, repaidOre } from '@renderer/domain/repayments/settlement';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { parseRow, putLogged } from '../logged-write';
import { parseOrThrow } from '../validate';
import { grantTables, readGrant } from '../reports/grant-context';

const staleMessage = 'Kravet er endret et annet sted etter at du åpnet det. Last siden på nytt og prøv igjen.';

export const WithdrawRepaymentInputSchema = z.object({
  repaymentId: z.string().min(1),
  date: isoDateSchema,
  reason: requiredTextSchema('Begrunnelsen for å trekke kravet', 2000),
  expectedUpdatedAt: z.string().optional(),
});
export type WithdrawRepaymentInput = z.input<typeof WithdrawRepaymentInputSchema>;

/** Withdraws a claim nothing is paid on: it then no longer counts as owed. */
export async function withdrawRepaymentClaim(ctx: ServiceContext, raw: WithdrawRepaymentInput): Promise<Repayment> {
  const input = parseOrThrow(WithdrawRepaymentInputSchema, raw);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.repayments, db.changeLog, async () => {
    const before = await db.repayments.get(input.repaymentId);
    if (!before) throw new EntityNotFoundError('repayments', input.repaymentId);
    if (input.expectedUpdatedAt !== undefined && before.updatedAt !== input.expectedUpdatedAt) throw ValidationError.forField('', staleMessage);
    if (before.withdrawn) throw ValidationError.forField('', `Kravet ble allerede trukket ${formatDate(before.withdrawn.date)}.`);
    const paid = repaidOre(before);
    if (paid > 0) {
      throw ValidationError.forField(
        '',
        `Kravet kan ikke trekkes: ${formatMoney(paid)} er allerede innbetalt på det. Et krav det er betalt på, må stå, så innbetalingen har et grunnlag.`,
      );
    }
    if (input.date < before.decidedAt) {
      throw ValidationError.forField('date', `Kravet kan ikke trekkes før det ble fattet (${formatDate(before.decidedAt)}).`);
    }
    const after = parseRow(RepaymentSchema, {
      ...before,
      updatedAt: stamp.at,
      withdrawn: { date: input.date, reason: input.reason, by: stamp.actor, at: stamp.at },
    });
    await putLogged(db, stamp, 'repayments', before, after);
    return after;
  });
}

export const CorrectRepaymentInputSchema = z.object({
  repaymentId: z.string().min(1),
  amountOre: oreSchema,
  reason: requiredTextSchema('Begrunnelsen', 5000),
  deadline: isoDateSchema,
  expectedUpdatedAt: z.string().optional(),
});
export type CorrectRepaymentInput = z.input<typeof CorrectRepaymentInputSchema>;

/** Corrects amount, reason and deadline while the claim letter is not sent; the letter must then be made again. */
export async function correctRepaymentClaim(ctx: ServiceContext, raw: CorrectRepaymentInput): Promise<Repayment> {
  const input = parseOrThrow(CorrectRepaymentInputSchema, raw);
  if (input.amountOre <= 0) throw ValidationError.forField('amountOre', 'Beløpet som kreves tilbake, må være større enn 0.');
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantTables(db), db.repayments, db.letters, db.changeLog], async () => {
    const before = await db.repayments.get(input.repaymentId);
    if (!before) throw new EntityNotFoundError('repayments', input.repaymentId);
    if (input.expectedUpdatedAt !== undefined && before.updatedAt !== input.expectedUpdatedAt) throw ValidationError.forField('', staleMessage);
    if (before.withdrawn) throw ValidationError.forField('', `Kravet ble trukket ${formatDate(before.withdrawn.date)} og kan ikke rettes.`);
    const letter = before.letterId ? await db.letters.get(before.letterId) : undefined;
    if (letter?.sentDate) {
      throw ValidationError.forField(
        '',
        `Brevet med kravet ble sendt ${formatDate(letter.sentDate)}, så kravet kan ikke lenger rettes. Trekk det heller og lag et nytt krav.`,
      );
    }
    if (input.deadline <= before.decidedAt) {
      throw ValidationError.forField('deadline', `Betalingsfristen må være etter vedtaksdatoen (${formatDate(before.decidedAt)}).`);
    }
    const paid = repaidOre(before);
    if (input.amountOre < paid) {
      throw ValidationError.forField('amountOre', `Beløpet kan ikke være mindre enn det som alt er innbetalt (${formatMoney(paid)}).`);
    }
    const grant = await readGrant(db, before.decisionId);
    const claims = await db.repayments.where('decisionId').anyOf(grant.decisions.map((d) => d.id)).toArray();
    const ceiling = claimCeiling(
      grant.paidOre,
      Math.max(...grant.decisions.map((d) => d.amountGrantedOre)),
      claims.filter((c) => c.id !== before.id).reduce((s, c) => s + claimedOre(c), 0),
    );
    if (input.amountOre > ceiling.maxOre) {
      throw ValidationError.forField('amountOre', `Kravet kan være høyst ${formatMoney(ceiling.maxOre)} (utbetalt ${formatMoney(ceiling.paidOre)}, krevd i andre krav ${formatMoney(ceiling.claimedOre)}).`);
    }
    // An unsent letter made from the old figures no longer tells the truth: unlink it so a new one is made.
    const after = parseRow(RepaymentSchema, {
      ...before,
      amountOre: input.amountOre,
      reason: input.reason,
      deadline: input.deadline,
      letterId: undefined,
      updatedAt: stamp.at,
    });
    await putLogged(db, stamp, 'repayments', before, after);
    return after;
  });
}
