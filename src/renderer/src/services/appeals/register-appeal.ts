// Registering an appeal (R16): who, what, how it came, signed or not (§ 32), and the deadline
// check (§§ 29–30) against the decision letter's sent date plus the call's post days, or the day
// the officer knows it arrived. A late appeal is registered and flagged, never refused (§ 31).
import { z } from 'zod';
import type { AppDatabase } from '@renderer/data/db';
import { AppealSchema, appealChannelSchema, type Appeal } from '@renderer/domain/appeal';
import {
  appealDeadlineOf,
  isAppealInTime,
  yearsAround,
  type AppealDeadline,
} from '@renderer/domain/appeals/deadline';
import { idSchema, isoDateSchema, optionalTextSchema, requiredTextSchema } from '@renderer/domain/common';
import { isDecisionLetterKind } from '@renderer/domain/decisions/letter-kind';
import { osloDate } from '@renderer/domain/oslo-date';
import { formatDate } from '@renderer/domain/vocabulary/format';
import { resolveStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { addLogged, parseRow } from '../logged-write';
import { parseOrThrow } from '../validate';
import { currentAppealedDecision, loadAppeal, writeAppeal } from './appeal-row';
import { norwegianPublicHolidays } from './public-holidays';

export const RegisterAppealInputSchema = z.object({
  decisionId: idSchema,
  receivedDate: isoDateSchema,
  appellant: requiredTextSchema('Hvem som klager', 200),
  request: requiredTextSchema('Hva klageren ber om', 2000),
  text: optionalTextSchema('Klageteksten', 20_000),
  signed: z.boolean({ error: 'Oppgi om klagen er underskrevet' }),
  channel: appealChannelSchema,
  postedDate: isoDateSchema.optional(),
  letterReceivedDate: isoDateSchema.optional(),
  comment: optionalTextSchema('Kommentaren', 5000),
});
export type RegisterAppealInput = z.input<typeof RegisterAppealInputSchema>;

/** The decision's sent letter and the call's rules: what the deadline counts from. */
async function deadlineBasis(db: AppDatabase, decisionId: string) {
  return db.transaction('r', [db.decisions, db.letters, db.applications, db.calls], async () => {
    const decision = await db.decisions.get(decisionId);
    if (!decision) throw new EntityNotFoundError('decisions', decisionId);
    const application = await db.applications.get(decision.applicationId);
    const call = application ? await db.calls.get(application.callId) : undefined;
    if (!application || !call) throw new EntityNotFoundError('applications', decision.applicationId);
    const letters = await db.letters.where('decisionId').equals(decisionId).toArray();
    const sent = letters
      .filter((l) => l.sentDate && isDecisionLetterKind(l.kind))
      .map((l) => l.sentDate!)
      .sort();
    return { decision, call, sentDate: sent[0] };
  });
}

/** The deadline for a decision's appeal, or why there is none yet. */
export async function computeAppealDeadline(
  db: AppDatabase,
  decisionId: string,
  letterReceivedDate?: string,
): Promise<AppealDeadline & { letterSentDate: string }> {
  const { call, sentDate } = await deadlineBasis(db, decisionId);
  if (!sentDate) {
    throw ValidationError.forField('decisionId', 'Vedtaksbrevet er ikke registrert som sendt. Marker brevet som sendt før klagen registreres.');
  }
  if (letterReceivedDate && letterReceivedDate < sentDate) {
    throw ValidationError.forField(
      'letterReceivedDate',
      `Brevet kan ikke ha kommet fram før det ble sendt (${formatDate(sentDate)}).`,
    );
  }
  const input = {
    letterSentDate: sentDate,
    weeks: call.rules.appealDeadlineWeeks,
    postDays: call.rules.appealPostDays,
    letterReceivedDate,
  };
  const isHoliday = await norwegianPublicHolidays(yearsAround(input));
  return { ...appealDeadlineOf(input, isHoliday), letterSentDate: sentDate };
}

function checkDates(input: Pick<z.output<typeof RegisterAppealInputSchema>, 'receivedDate' | 'postedDate'>, today: string): void {
  if (input.receivedDate > today) {
    throw ValidationError.forField('receivedDate', 'Mottatt-datoen kan ikke være fram i tid.');
  }
  if (input.postedDate && input.postedDate > input.receivedDate) {
    throw ValidationError.forField('postedDate', 'Klagen kan ikke være sendt etter at kommunen mottok den.');
  }
}

export async function registerAppeal(ctx: ServiceContext, raw: RegisterAppealInput): Promise<Appeal> {
  const input = parseOrThrow(RegisterAppealInputSchema, raw);
  const stamp = await resolveStamp(ctx);
  checkDates(input, osloDate(stamp.at));
  // The holiday calendar is loaded outside the transaction (import() is not Dexie).
  const deadline = await computeAppealDeadline(ctx.db, input.decisionId, input.letterReceivedDate);
  const { db } = ctx;
  return db.transaction('rw', [db.appeals, db.decisions, db.changeLog], async () => {
    const decision = await currentAppealedDecision(db, input.decisionId);
    if (!decision.lockedAt) {
      throw ValidationError.forField('decisionId', 'Vedtaket er ikke sendt ennå og kan fortsatt endres direkte.');
    }
    const row = parseRow(AppealSchema, {
      ...input,
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      deadlineDate: deadline.deadlineDate,
      withinDeadline: isAppealInTime(deadline.deadlineDate, input),
    });
    await addLogged(db, stamp, 'appeals', row);
    return row;
  });
}

export const LateConsiderationSchema = z.object({
  considered: z.boolean({ error: 'Velg om klagen skal behandles' }),
  reason: requiredTextSchema('Begrunnelsen', 2000),
});

/** § 31: records whether a late appeal is considered all the same, and why. */
export async function recordLateConsideration(
  ctx: ServiceContext,
  appealId: string,
  raw: z.input<typeof LateConsiderationSchema>,
): Promise<Appeal> {
  const input = parseOrThrow(LateConsiderationSchema, raw);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [db.appeals, db.changeLog], async () => {
    const appeal = await loadAppeal(db, appealId);
    if (appeal.withinDeadline) throw ValidationError.forField('', 'Klagen kom inn i tide; § 31 gjelder ikke.');
    if (appeal.ownReview || appeal.forwardedToImdiDate) {
      throw ValidationError.forField('', 'Klagen er allerede behandlet.');
    }
    return writeAppeal(db, stamp, appeal, { lateConsidered: input.considered, lateReason: input.reason });
  });
}

export const CorrectAppealInputSchema = RegisterAppealInputSchema.omit({ decisionId: true });

/**
 * Corrects a registration before the appeal is reviewed (e.g. the day the letter actually
 * arrived turns out later): the deadline and the in-time check are computed again.
 */
export async function correctAppealRegistration(
  ctx: ServiceContext,
  appealId: string,
  raw: z.input<typeof CorrectAppealInputSchema>,
): Promise<Appeal> {
  const input = parseOrThrow(CorrectAppealInputSchema, raw);
  const stamp = await resolveStamp(ctx);
  checkDates(input, osloDate(stamp.at));
  const stored = await ctx.db.appeals.get(appealId);
  if (!stored) throw new EntityNotFoundError('appeals', appealId);
  const deadline = await computeAppealDeadline(ctx.db, stored.decisionId, input.letterReceivedDate);
  const { db } = ctx;
  return db.transaction('rw', [db.appeals, db.changeLog], async () => {
    const appeal = await loadAppeal(db, appealId);
    if (appeal.ownReview || appeal.forwardedToImdiDate || appeal.lateConsidered !== undefined) {
      throw ValidationError.forField('', 'Klagen er allerede behandlet, og registreringen kan ikke endres.');
    }
    return writeAppeal(db, stamp, appeal, {
      receivedDate: input.receivedDate,
      appellant: input.appellant,
      request: input.request,
      text: input.text,
      signed: input.signed,
      channel: input.channel,
      postedDate: input.postedDate,
      letterReceivedDate: input.letterReceivedDate,
      comment: input.comment,
      deadlineDate: deadline.deadlineDate,
      withinDeadline: isAppealInTime(deadline.deadlineDate, input),
    });
  });
}
