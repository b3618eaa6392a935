// The formal screening (R1–R8) as stored rows: re-screen when an application, its organisation or
// its call changes, and record an officer's override. Every write goes with its change-log row.
import { z } from 'zod';
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import { idSchema, requiredTextSchema } from '@renderer/domain/common';
import {
  ScreeningSchema,
  screeningOutcomeSchema,
  screeningRuleIdSchema,
  type Screening,
} from '@renderer/domain/screening';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';
import { appendChangeLog, resolveStamp, type ChangeStamp } from './change-log';
import type { ServiceContext } from './context';
import { NotFoundError } from './errors';
import { isEarlier, rescreenBatch, type RescreenResult } from './screening-batch';
import { parseOrThrow } from './validate';

/** The tables a re-screening reads and writes; include them all in a caller's own transaction. */
export function screeningTables(db: AppDatabase) {
  return [db.applications, db.organisations, db.calls, db.screenings, db.screeningSummaries, db.changeLog];
}

/** A screening and its summary for the list, always written together. */
async function putScreening(db: AppDatabase, screening: Screening, callId: string): Promise<void> {
  await db.screenings.put(screening);
  await db.screeningSummaries.put(summaryRowOf(screening, callId));
}

export { isEarlier, type RescreenResult };

/**
 * Screens one application and stores the results, keeping the officer's overrides. Writes (and
 * logs) only when the results differ from the stored ones. Must run inside a rw transaction over
 * `screeningTables(db)`; `stamp` is resolved by the caller before opening it. The batch path with
 * one id, so one and many screen alike.
 */
export async function rescreenInTransaction(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  applicationId: string,
): Promise<RescreenResult> {
  const application = await ctx.db.applications.get(applicationId);
  if (!application) throw new NotFoundError('applications', applicationId);
  const [result] = await rescreenBatch(ctx, stamp, [application]);
  return result!;
}

/** Re-screens one application in a transaction of its own (or joins the caller's). */
export async function rescreenApplication(
  ctx: ServiceContext,
  applicationId: string,
): Promise<RescreenResult> {
  const stamp = await resolveStamp(ctx);
  return ctx.db.transaction('rw', screeningTables(ctx.db), () =>
    rescreenInTransaction(ctx, stamp, applicationId),
  );
}

async function rescreenMany(
  ctx: ServiceContext,
  load: () => Promise<Application[]>,
): Promise<RescreenResult[]> {
  const stamp = await resolveStamp(ctx);
  return ctx.db.transaction('rw', screeningTables(ctx.db), async () => rescreenBatch(ctx, stamp, await load()));
}

/** After a call's rule settings change: every application in the call, in one transaction. */
export async function rescreenCall(ctx: ServiceContext, callId: string): Promise<RescreenResult[]> {
  return rescreenMany(ctx, async () => {
    if (!(await ctx.db.calls.get(callId))) throw new NotFoundError('calls', callId);
    return ctx.db.applications.where('callId').equals(callId).toArray();
  });
}

/** After an organisation changes (registry status, kind): all its applications. */
export async function rescreenOrganisation(
  ctx: ServiceContext,
  organisationId: string,
): Promise<RescreenResult[]> {
  return rescreenMany(ctx, async () => {
    if (!(await ctx.db.organisations.get(organisationId))) {
      throw new NotFoundError('organisations', organisationId);
    }
    return ctx.db.applications.where('organisationId').equals(organisationId).toArray();
  });
}

export const OverrideInputSchema = z.object({
  applicationId: idSchema,
  rule: screeningRuleIdSchema,
  result: screeningOutcomeSchema,
  reason: requiredTextSchema('Begrunnelsen for overstyringen', 2000),
});
export type OverrideInput = z.input<typeof OverrideInputSchema>;

/**
 * The officer sets a rule's result with a written reason. Earlier overrides stay in the row as
 * history; the latest per rule counts (see effectiveResults). Screens first if never screened.
 * A blank reason is refused before anything is written.
 */
export async function overrideScreeningRule(
  ctx: ServiceContext,
  input: OverrideInput,
): Promise<Screening> {
  const parsed = parseOrThrow(OverrideInputSchema, input);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', screeningTables(db), async () => {
    // The officer overrides what was shown; screen only if there is nothing stored yet.
    const before =
      (await db.screenings.where('applicationId').equals(parsed.applicationId).first()) ??
      (await rescreenInTransaction(ctx, stamp, parsed.applicationId)).screening;
    const after = parseOrThrow(ScreeningSchema, {
      ...before,
      updatedAt: stamp.at,
      overrides: [
        ...before.overrides,
        { rule: parsed.rule, result: parsed.result, reason: parsed.reason, by: stamp.actor, at: stamp.at },
      ],
    });
    const application = await db.applications.get(parsed.applicationId);
    if (!application) throw new NotFoundError('applications', parsed.applicationId);
    await putScreening(db, after, application.callId);
    await appendChangeLog(db, stamp, {
      entity: 'screenings',
      entityId: after.id,
      action: 'overstyrt',
      before,
      after,
    });
    return after;
  });
}
