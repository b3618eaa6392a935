// The screening as the program wrote it before batches: one application at a time, each write
// awaited with its own change-log row. Kept only as the reference the batch path must equal.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { isScreeningFrozen } from '@renderer/domain/workflow';
import { ScreeningSchema, type Screening, type ScreeningRuleResult } from '@renderer/domain/screening';
import { screenApplication } from '@renderer/domain/screening/screen-application';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';
import { appendChangeLog, type ChangeStamp } from '@renderer/services/change-log';
import type { ServiceContext } from '@renderer/services/context';
import { NotFoundError } from '@renderer/services/errors';
import { isEarlier, type RescreenResult } from '@renderer/services/screening';
import { parseOrThrow } from '@renderer/services/validate';

/** A screening and its summary for the list, always written together. */
async function putScreening(db: AppDatabase, screening: Screening): Promise<void> {
  await db.screenings.put(screening);
  await db.screeningSummaries.put(summaryRowOf(screening, (await db.applications.get(screening.applicationId))?.callId));
}

/**
 * The organisation's applications in the call that were received before this one, withdrawn ones
 * left out; so with a limit of two, the first two pass and the third fails. Undefined without a limit.
 */
async function earlierApplicationsCount(
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
  await putScreening(db, after);
  await appendChangeLog(db, stamp, {
    entity: 'screenings',
    entityId: after.id,
    action: before ? 'endret' : 'opprettet',
    before: before ?? null,
    after,
  });
  return { screening: after, changed: true };
}

/** Re-screens the open ones (as rescreen-related.ts did) of `applications`; returns how many screenings changed. */
export async function rescreenOpen(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  applications: readonly Application[],
): Promise<number> {
  let changed = 0;
  for (const app of applications) {
    if (isScreeningFrozen(app.status)) continue;
    if ((await rescreenInTransaction(ctx, stamp, app.id)).changed) changed++;
  }
  return changed;
}
