// The municipality's own review (forvaltningsloven § 33) and what follows: reverse (a new decision
// superseding the appealed one, in the same transaction as the appeal's record), or uphold and
// forward to IMDi with a forwarding letter; then IMDi's outcome, where «omgjort» is a new decision
// too. § 42: a request for postponed implementation and its answer are kept on the appeal.
import { z } from 'zod';
import type { AppDatabase } from '@renderer/data/db';
import {
  imdiAppealOutcomeSchema,
  postponementAnswerSchema,
  type Appeal,
} from '@renderer/domain/appeal';
import { isAppealOpen } from '@renderer/domain/appeals/stage';
import { isoDateSchema, optionalTextSchema, requiredTextSchema } from '@renderer/domain/common';
import type { Decision } from '@renderer/domain/decision';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { LetterSchema, type Letter } from '@renderer/domain/letter';
import { osloDate } from '@renderer/domain/oslo-date';
import { letterLanguageSchema, type LetterLanguage } from '@renderer/domain/settings';
import { resolveStamp, type ChangeStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { decideApplication, type DecideInput } from '../decisions';
import { ValidationError } from '../errors';
import { addLogged, parseRow, putLogged } from '../logged-write';
import { parseOrThrow } from '../validate';
import { assertConsidered, currentAppealedDecision, loadAppeal, writeAppeal } from './appeal-row';

/** Who decided when IMDi reverses: the appeal body, not the officer who records it. */
export const IMDI_DECIDED_BY = 'IMDi (klageinstans)';

function notInFuture(date: string, stamp: ChangeStamp, field: string): void {
  if (date > osloDate(stamp.at)) throw ValidationError.forField(field, 'Datoen kan ikke være fram i tid.');
}

function assertOpen(appeal: Appeal): void {
  if (!isAppealOpen(appeal)) throw ValidationError.forField('', 'Klagen er allerede ferdig behandlet i kommunen.');
}

/** A context whose actor and clock are already resolved: decideApplication then reads nothing outside our transaction. */
function fixedContext(ctx: ServiceContext, stamp: ChangeStamp): ServiceContext {
  return { ...ctx, actor: () => stamp.actor, now: () => new Date(stamp.at) };
}

function decisionTables(db: AppDatabase) {
  // planDecision reads the screening (a grant waits for its overrides) and the frame check the acceptances (lapsed grants).
  return [db.appeals, db.applications, db.decisions, db.calls, db.screenings, db.acceptances, db.changeLog];
}

export type NewDecisionInput = Omit<DecideInput, 'applicationId'>;

export const ReverseInputSchema = z.object({
  date: isoDateSchema,
  comment: requiredTextSchema('Begrunnelsen for omgjøringen', 10_000),
});

/** § 33: the municipality reverses its decision; the new decision supersedes the appealed one. */
export async function reverseOnOwnReview(
  ctx: ServiceContext,
  appealId: string,
  raw: z.input<typeof ReverseInputSchema> & { decision: NewDecisionInput },
): Promise<{ appeal: Appeal; decision: Decision }> {
  const input = parseOrThrow(ReverseInputSchema, raw);
  const stamp = await resolveStamp(ctx);
  notInFuture(input.date, stamp, 'date');
  const { db } = ctx;
  return db.transaction('rw', decisionTables(db), async () => {
    const appeal = await loadAppeal(db, appealId);
    assertOpen(appeal);
    assertConsidered(appeal);
    const appealed = await currentAppealedDecision(db, appeal.decisionId);
    const decision = await decideApplication(fixedContext(ctx, stamp), {
      ...raw.decision,
      applicationId: appealed.applicationId,
    });
    const after = await writeAppeal(db, stamp, appeal, {
      ownReview: 'omgjort',
      ownReviewDate: input.date,
      ownReviewComment: input.comment,
      newDecisionId: decision.id,
    });
    return { appeal: after, decision };
  });
}

export const UpholdInputSchema = z.object({
  date: isoDateSchema,
  comment: requiredTextSchema('Kommunens merknader', 10_000),
});

/** § 33: the municipality keeps its decision; the comments go to IMDi with the case. */
export async function upholdOnOwnReview(
  ctx: ServiceContext,
  appealId: string,
  raw: z.input<typeof UpholdInputSchema>,
): Promise<Appeal> {
  const input = parseOrThrow(UpholdInputSchema, raw);
  const stamp = await resolveStamp(ctx);
  notInFuture(input.date, stamp, 'date');
  const { db } = ctx;
  return db.transaction('rw', [db.appeals, db.decisions, db.changeLog], async () => {
    const appeal = await loadAppeal(db, appealId);
    assertOpen(appeal);
    assertConsidered(appeal);
    await currentAppealedDecision(db, appeal.decisionId);
    return writeAppeal(db, stamp, appeal, { ownReview: 'opprettholdt', ownReviewDate: input.date, ownReviewComment: input.comment });
  });
}

export interface ForwardInput {
  /** The day the case goes to IMDi: the forwarding letter's date. */
  date: string;
  language: LetterLanguage;
  /** The rendered forwarding letter (PDF). */
  bytes: Uint8Array;
}

/** Keeps the forwarding letter (kind klage_oversendelse, on the appealed decision) and marks the appeal forwarded. */
export async function forwardToImdi(ctx: ServiceContext, appealId: string, input: ForwardInput): Promise<{ appeal: Appeal; letter: Letter }> {
  const date = parseOrThrow(isoDateSchema, input.date);
  const language = parseOrThrow(letterLanguageSchema, input.language);
  const sha256 = await sha256Hex(input.bytes);
  const stamp = await resolveStamp(ctx);
  notInFuture(date, stamp, 'date');
  const { db } = ctx;
  return db.transaction('rw', [db.appeals, db.letters, db.changeLog], async () => {
    const appeal = await loadAppeal(db, appealId);
    if (appeal.forwardedToImdiDate) throw ValidationError.forField('', 'Klagen er allerede sendt til IMDi.');
    if (appeal.ownReview !== 'opprettholdt') {
      throw ValidationError.forField('', 'Kommunen må først vurdere klagen og opprettholde vedtaket (forvaltningsloven § 33).');
    }
    if (appeal.ownReviewDate && date < appeal.ownReviewDate) {
      throw ValidationError.forField('date', 'Saken kan ikke sendes før kommunen har vurdert klagen.');
    }
    const letter = parseRow(LetterSchema, {
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      decisionId: appeal.decisionId,
      kind: 'klage_oversendelse',
      language,
      sentDate: date,
      sha256,
      bytes: input.bytes,
    });
    await addLogged(db, stamp, 'letters', letter);
    const after = await writeAppeal(db, stamp, appeal, { forwardedToImdiDate: date, forwardingLetterId: letter.id });
    return { appeal: after, letter };
  });
}

export const ImdiOutcomeInputSchema = z.object({
  outcome: imdiAppealOutcomeSchema,
  date: isoDateSchema,
  comment: optionalTextSchema('Merknaden om IMDis vedtak', 5000),
});

/** IMDi's outcome; «omgjort» records IMDi's new decision as one superseding the appealed decision. */
export async function recordImdiOutcome(
  ctx: ServiceContext,
  appealId: string,
  raw: z.input<typeof ImdiOutcomeInputSchema> & { decision?: NewDecisionInput },
): Promise<{ appeal: Appeal; decision?: Decision }> {
  const input = parseOrThrow(ImdiOutcomeInputSchema, raw);
  if (input.outcome === 'omgjort' && !raw.decision) {
    throw ValidationError.forField('outcome', 'Fyll ut IMDis nye vedtak når IMDi har omgjort vedtaket.');
  }
  const stamp = await resolveStamp(ctx);
  notInFuture(input.date, stamp, 'date');
  const { db } = ctx;
  return db.transaction('rw', decisionTables(db), async () => {
    const appeal = await loadAppeal(db, appealId);
    if (!appeal.forwardedToImdiDate) throw ValidationError.forField('', 'Klagen er ikke sendt til IMDi.');
    if (appeal.imdiOutcome) throw ValidationError.forField('', 'IMDis vedtak er allerede registrert.');
    if (input.date < appeal.forwardedToImdiDate) {
      throw ValidationError.forField('date', 'IMDis vedtak kan ikke være eldre enn oversendelsen.');
    }
    let decision: Decision | undefined;
    if (input.outcome === 'omgjort' && raw.decision) {
      const appealed = await currentAppealedDecision(db, appeal.decisionId);
      const made = await decideApplication(fixedContext(ctx, stamp), { ...raw.decision, applicationId: appealed.applicationId });
      // IMDi decided, on its date; the officer only records it (the change log names the officer).
      decision = { ...made, decidedBy: IMDI_DECIDED_BY, decidedAt: input.date };
      await putLogged(db, stamp, 'decisions', made, decision);
    }
    const after = await writeAppeal(db, stamp, appeal, {
      imdiOutcome: input.outcome,
      imdiOutcomeDate: input.date,
      imdiComment: input.comment,
      newDecisionId: decision?.id,
    });
    return { appeal: after, decision };
  });
}

export const PostponementInputSchema = z.object({
  requestedDate: isoDateSchema,
  answer: postponementAnswerSchema.optional(),
  answerDate: isoDateSchema.optional(),
  note: optionalTextSchema('Merknaden', 2000),
});

/** § 42: the party's request to postpone implementation until the appeal is decided, and the answer. */
export async function recordPostponement(
  ctx: ServiceContext,
  appealId: string,
  raw: z.input<typeof PostponementInputSchema>,
): Promise<Appeal> {
  const input = parseOrThrow(PostponementInputSchema, raw);
  if (input.answer && !input.answerDate) throw ValidationError.forField('answerDate', 'Oppgi datoen for svaret.');
  if (input.answerDate && !input.answer) throw ValidationError.forField('answer', 'Velg svaret.');
  if (input.answerDate && input.answerDate < input.requestedDate) {
    throw ValidationError.forField('answerDate', 'Svaret kan ikke være gitt før anmodningen kom.');
  }
  const stamp = await resolveStamp(ctx);
  notInFuture(input.requestedDate, stamp, 'requestedDate');
  if (input.answerDate) notInFuture(input.answerDate, stamp, 'answerDate');
  const { db } = ctx;
  return db.transaction('rw', [db.appeals, db.changeLog], async () => {
    const appeal = await loadAppeal(db, appealId);
    return writeAppeal(db, stamp, appeal, {
      postponementRequestedDate: input.requestedDate,
      postponementAnswer: input.answer,
      postponementAnswerDate: input.answerDate,
      postponementNote: input.note,
    });
  });
}
