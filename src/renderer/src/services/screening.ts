// The formal screening (R1–R8) as stored rows: re-screen when an application, its organisation or
// its call changes, and record an officer's override. Every write goes with its change-log row.
import { Dexie } from 'dexie';
import { z } from 'zod';
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { idSchema, requiredTextSchema } from '@renderer/domain/common';
import {
  ScreeningSchema,
  screeningOutcomeSchema,
  screeningRuleIdSchema,
  type Screening,
  type ScreeningRuleResult,
} from '@renderer/domain/screening';
import { screenApplication } from '@renderer/domain/screening/screen-application';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';
import { appendChangeLog, resolveStamp, type ChangeStamp } from './change-log';
import type { ServiceContext } from './context';
import { NotFoundError } from './errors';
import { parseOrThrow } from './validate';

/** The tables a re-screening reads and writes; include them all in a caller's own transaction. */
export function screeningTables(db: AppDatabase) {
  return [db.applications, db.organisations, db.calls, db.screenings, db.screeningSummaries, db.changeLog];
}

const TABLE_NAMES = ['applications', 'organisations', 'calls', 'screenings', 'screeningSummaries', 'changeLog'];

/** A screening and its summary for the list, always written together. */
async function putScreening(db: AppDatabase, screening: Screening, callId: string): Promise<void> {
  await db.screenings.put(screening);
  await db.screeningSummaries.put(summaryRowOf(screening, callId));
}

function assertInScreeningTransaction(): void {
  const tx = Dexie.currentTransaction;
  const missing = TABLE_NAMES.filter((name) => !tx?.storeNames.includes(name));
  if (!tx || tx.mode !== 'readwrite' || missing.length > 0) {
    throw new Error(`Re-screening needs an open rw transaction over ${TABLE_NAMES.join(', ')}`);
  }
}

export interface RescreenResult {
  screening: Screening;
  /** False when the results were as before: then nothing was written. */
  changed: boolean;
}

/** Earlier = received before, then created before, then smaller id: a stable order for the limit. */
export function isEarlier(other: Application, app: Application): boolean {
  if (other.receivedDate !== app.receivedDate) return other.receivedDate < app.receivedDate;
  if (other.createdAt !== app.createdAt) return other.createdAt < app.createdAt;
  return other.id < app.id;
}

/**
 * The organisation's applications in the call that were received before this one, withdrawn ones
 * left out; so with a limit of two, the first two pass and the third fails. Undefined without a limit.
 */
export async function earlierApplicationsCount(
  db: AppDatabase,
  app: Application,
  call: Call,
): Promise<number | undefined> {
  if (call.rules.maxApplicationsPerOrganisation === undefined) return undefined;
  const siblings = await db.applications
    .where('[callId+organisationId]')
    .equals([app.callId, app.organisationId])
    .toArray();
  return siblings.filter((o) => o.id !== app.id && o.status !== 'trukket' && isEarlier(o, app)).length;
}

function sameResults(a: readonly ScreeningRuleResult[], b: readonly ScreeningRuleResult[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => r.rule === b[i]?.rule && r.result === b[i]?.result && r.reason === b[i]?.reason)
  );
}

/**
 * Screens one application and stores the results, keeping the officer's overrides. Writes (and
 * logs) only when the results differ from the stored ones. Must run inside a rw transaction over
 * `screeningTables(db)`; `stamp` is resolved by the caller before opening it.
 */
export async function rescreenInTransaction(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  applicationId: string,
): Promise<RescreenResult> {
  assertInScreeningTransaction();
  const { db } = ctx;
  const application = await db.applications.get(applicationId);
  if (!application) throw new NotFoundError('applications', applicationId);
  const [organisation, call] = await Promise.all([
    db.organisations.get(application.organisationId),
    db.calls.get(application.callId),
  ]);
  if (!organisation) throw new NotFoundError('organisations', application.organisationId);
  if (!call) throw new NotFoundError('calls', application.callId);

  const results = screenApplication({
    application,
    organisation,
    call,
    otherApplicationsByOrganisationInCall: await earlierApplicationsCount(db, application, call),
  });
  const before = await db.screenings.where('applicationId').equals(applicationId).first();
  if (before && sameResults(before.results, results)) return { screening: before, changed: false };

  const after = parseOrThrow(ScreeningSchema, {
    id: before?.id ?? ctx.newId(),
    createdAt: before?.createdAt ?? stamp.at,
    updatedAt: stamp.at,
    applicationId,
    results,
    overrides: before?.overrides ?? [],
    screenedAt: stamp.at,
  });
  await putScreening(db, after, application.callId);
  await appendChangeLog(db, stamp, {
    entity: 'screenings',
    entityId: after.id,
    action: before ? 'endret' : 'opprettet',
    before: before ?? null,
    after,
  });
  return { screening: after, changed: true };
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
  loadIds: () => Promise<string[]>,
): Promise<RescreenResult[]> {
  const stamp = await resolveStamp(ctx);
  return ctx.db.transaction('rw', screeningTables(ctx.db), async () => {
    const out: RescreenResult[] = [];
    for (const id of await loadIds()) out.push(await rescreenInTransaction(ctx, stamp, id));
    return out;
  });
}

/** After a call's rule settings change: every application in the call, in one transaction. */
export async function rescreenCall(ctx: ServiceContext, callId: string): Promise<RescreenResult[]> {
  return rescreenMany(ctx, async () => {
    if (!(await ctx.db.calls.get(callId))) throw new NotFoundError('calls', callId);
    return ctx.db.applications.where('callId').equals(callId).primaryKeys();
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
    return ctx.db.applications.where('organisationId').equals(organisationId).primaryKeys();
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
