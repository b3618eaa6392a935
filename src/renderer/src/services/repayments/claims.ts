// Repayment claims (R13): the officer claims back unused money, money used against the conditions,
// or money granted on wrong or incomplete information. The amount can never be more than what was
// paid out (and granted), less what other claims already ask back. Payments that come in are
// registered one by one until the claim is settled.
import { z } from 'zod';
import { isoDateSchema, oreSchema, optionalTextSchema, requiredTextSchema } from '@renderer/domain/common';
import { caseReference } from '@renderer/domain/case-reference';
import { accountNumberProblem, normaliseAccountNumber } from '@renderer/domain/identifiers';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { LetterSchema, type Letter } from '@renderer/domain/letter';
import { RepaymentSchema, repaymentBasisSchema, type Repayment } from '@renderer/domain/repayment';
import { claimCeiling, claimedOre, remainingOre } from '@renderer/domain/repayments/settlement';
import { formatDate, formatMoney } from '@renderer/domain/vocabulary/format';
import { letterLanguageSchema, type LetterLanguage } from '@renderer/domain/settings';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { addLogged, parseRow, putLogged } from '../logged-write';
import { parseOrThrow } from '../validate';
import { grantTables, readGrant } from '../reports/grant-context';

export const NewRepaymentInputSchema = z.object({
  decisionId: z.string().min(1),
  reportId: z.string().min(1).optional(),
  basis: repaymentBasisSchema,
  amountOre: oreSchema,
  reason: requiredTextSchema('Begrunnelsen', 5000),
  decidedAt: isoDateSchema,
  deadline: isoDateSchema,
  accountNumber: z.string({ error: 'Kontonummeret må fylles ut' }),
  paymentReference: optionalTextSchema('Referansen', 100),
});
export type NewRepaymentInput = z.input<typeof NewRepaymentInputSchema>;

/** The most a new claim on this grant can be, with what it is made of (for the form's help text). */
export async function repaymentCeiling(ctx: Pick<ServiceContext, 'db'>, decisionId: string, exceptId?: string) {
  const { db } = ctx;
  return db.transaction('r', [...grantTables(db), db.repayments], async () => {
    const grant = await readGrant(db, decisionId);
    const claims = await db.repayments.where('decisionId').anyOf(grant.decisions.map((d) => d.id)).toArray();
    const claimed = claims.filter((c) => c.id !== exceptId).reduce((s, c) => s + claimedOre(c), 0);
    const granted = Math.max(...grant.decisions.map((d) => d.amountGrantedOre));
    return claimCeiling(grant.paidOre, granted, claimed);
  });
}

function ceilingMessage(amountOre: number, c: ReturnType<typeof claimCeiling>): string {
  if (c.paidOre === 0) {
    return 'Ingenting er utbetalt under dette tilskuddet ennå. Et krav om tilbakebetaling kan bare gjelde penger som er utbetalt; stans heller utbetalingen.';
  }
  const parts = [`utbetalt ${formatMoney(c.paidOre)}`];
  if (c.grantedOre < c.paidOre) parts.push(`innvilget ${formatMoney(c.grantedOre)}`);
  if (c.claimedOre > 0) parts.push(`allerede krevd tilbake ${formatMoney(c.claimedOre)}`);
  return `Kravet på ${formatMoney(amountOre)} er for stort. Det kan være høyst ${formatMoney(c.maxOre)} (${parts.join(', ')}).`;
}

export async function createRepaymentClaim(ctx: ServiceContext, raw: NewRepaymentInput): Promise<Repayment> {
  const input = parseOrThrow(NewRepaymentInputSchema, raw);
  const account = normaliseAccountNumber(input.accountNumber);
  const accountProblem = accountNumberProblem(account);
  if (accountProblem) throw ValidationError.forField('accountNumber', accountProblem);
  if (input.amountOre <= 0) throw ValidationError.forField('amountOre', 'Beløpet som kreves tilbake, må være større enn 0.');
  if (input.deadline <= input.decidedAt) {
    throw ValidationError.forField('deadline', `Betalingsfristen må være etter vedtaksdatoen (${formatDate(input.decidedAt)}).`);
  }
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...grantTables(db), db.reports, db.repayments, db.changeLog], async () => {
    const grant = await readGrant(db, input.decisionId);
    if (input.reportId) {
      const report = await db.reports.get(input.reportId);
      if (!report || report.decisionId !== grant.decision.id) throw new EntityNotFoundError('reports', input.reportId);
    }
    const claims = await db.repayments.where('decisionId').anyOf(grant.decisions.map((d) => d.id)).toArray();
    const ceiling = claimCeiling(
      grant.paidOre,
      Math.max(...grant.decisions.map((d) => d.amountGrantedOre)),
      claims.reduce((s, c) => s + claimedOre(c), 0),
    );
    if (input.amountOre > ceiling.maxOre) throw ValidationError.forField('amountOre', ceilingMessage(input.amountOre, ceiling));
    const row = parseRow(RepaymentSchema, {
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      decisionId: grant.decision.id,
      reportId: input.reportId,
      basis: input.basis,
      amountOre: input.amountOre,
      reason: input.reason,
      decidedAt: input.decidedAt,
      decidedBy: stamp.actor,
      deadline: input.deadline,
      accountNumber: account,
      paymentReference: input.paymentReference || caseReference(grant.call, grant.application.id),
      payments: [],
    });
    await addLogged(db, stamp, 'repayments', row);
    return row;
  });
}

export const RepaymentPaymentInputSchema = z.object({
  repaymentId: z.string().min(1),
  date: isoDateSchema,
  amountOre: oreSchema,
  note: optionalTextSchema('Merknaden', 500),
  expectedUpdatedAt: z.string().optional(),
});
export type RepaymentPaymentInput = z.input<typeof RepaymentPaymentInputSchema>;

/** Registers money that came in; part payments add up, and no payment takes the sum past the claim. */
export async function registerRepaymentPayment(ctx: ServiceContext, raw: RepaymentPaymentInput): Promise<Repayment> {
  const input = parseOrThrow(RepaymentPaymentInputSchema, raw);
  if (input.amountOre <= 0) throw ValidationError.forField('amountOre', 'Det innbetalte beløpet må være større enn 0.');
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.repayments, db.changeLog, async () => {
    const before = await db.repayments.get(input.repaymentId);
    if (!before) throw new EntityNotFoundError('repayments', input.repaymentId);
    if (input.expectedUpdatedAt !== undefined && before.updatedAt !== input.expectedUpdatedAt) {
      throw ValidationError.forField('', 'Kravet er endret et annet sted etter at du åpnet det. Last siden på nytt og prøv igjen.');
    }
    if (before.withdrawn) throw ValidationError.forField('', `Kravet ble trukket ${formatDate(before.withdrawn.date)}; det kan ikke registreres innbetalinger på det.`);
    const left = remainingOre(before);
    if (left === 0) throw ValidationError.forField('amountOre', 'Kravet er allerede betalt i sin helhet.');
    if (input.amountOre > left) {
      throw ValidationError.forField(
        'amountOre',
        `Innbetalingen på ${formatMoney(input.amountOre)} er mer enn det som gjenstår av kravet (${formatMoney(left)}).`,
      );
    }
    if (input.date < before.decidedAt) {
      throw ValidationError.forField('date', `Innbetalingen kan ikke være før kravet ble fattet (${formatDate(before.decidedAt)}).`);
    }
    const row = parseRow(RepaymentSchema, {
      ...before,
      updatedAt: stamp.at,
      payments: [
        ...before.payments,
        { id: ctx.newId(), date: input.date, amountOre: input.amountOre, note: input.note || undefined, registeredBy: stamp.actor, registeredAt: stamp.at },
      ],
    });
    await putLogged(db, stamp, 'repayments', before, row);
    return row;
  });
}

export interface SaveRepaymentLetterInput {
  repaymentId: string;
  language: LetterLanguage;
  bytes: Uint8Array;
}

/** Keeps the claim letter (bytes + SHA-256) and links it to the claim; a sent claim keeps its letter. */
export async function saveRepaymentLetter(ctx: ServiceContext, input: SaveRepaymentLetterInput): Promise<Letter> {
  const language = parseOrThrow(letterLanguageSchema, input.language);
  const sha256 = await sha256Hex(input.bytes);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.repayments, db.letters, db.changeLog, async () => {
    const before = await db.repayments.get(input.repaymentId);
    if (!before) throw new EntityNotFoundError('repayments', input.repaymentId);
    const old = before.letterId ? await db.letters.get(before.letterId) : undefined;
    if (before.withdrawn) throw ValidationError.forField('', 'Kravet er trukket; det lages ikke brev for det.');
    if (old?.sentDate) {
      throw ValidationError.forField('', `Kravet ble sendt ${formatDate(old.sentDate)}; brevet kan ikke lages på nytt.`);
    }
    const letter = parseRow(LetterSchema, {
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      decisionId: before.decisionId,
      kind: 'tilbakebetalingskrav',
      language,
      sha256,
      bytes: input.bytes,
    });
    await addLogged(db, stamp, 'letters', letter);
    await putLogged(db, stamp, 'repayments', before, { ...before, letterId: letter.id, updatedAt: stamp.at });
    return letter;
  });
}

/** Records the day the claim letter went out. */
export async function markRepaymentLetterSent(ctx: ServiceContext, repaymentId: string, sentDate: string): Promise<Letter> {
  const date = parseOrThrow(isoDateSchema, sentDate);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.repayments, db.letters, db.changeLog, async () => {
    const claim = await db.repayments.get(repaymentId);
    if (!claim) throw new EntityNotFoundError('repayments', repaymentId);
    const letter = claim.letterId ? await db.letters.get(claim.letterId) : undefined;
    if (!letter) throw ValidationError.forField('', 'Lag brevet med kravet før du markerer det som sendt.');
    if (letter.sentDate) throw ValidationError.forField('sentDate', `Brevet er allerede markert som sendt ${formatDate(letter.sentDate)}.`);
    if (date < claim.decidedAt) throw ValidationError.forField('sentDate', 'Brevet kan ikke være sendt før kravet ble fattet.');
    const sent: Letter = { ...letter, sentDate: date, updatedAt: stamp.at };
    await putLogged(db, stamp, 'letters', letter, sent);
    return sent;
  });
}
