// R2 (non-profit, non-public) is the officer's judgement, made once per organisation and call:
// confirming it for a selection's organisations stores the confirmation on the call (logged) and
// re-screens all those organisations' open applications in the call, in one transaction and one
// batch write, so they no longer end as «Skjønn» just because of R2.
import { z } from 'zod';
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import { CallSchema, type Call } from '@renderer/domain/call';
import { idSchema } from '@renderer/domain/common';
import { ScreeningSchema, type Screening } from '@renderer/domain/screening';
import { screenApplication } from '@renderer/domain/screening/screen-application';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';
import { isCallArchived, isScreeningFrozen } from '@renderer/domain/workflow';
import { resolveStamp, type ChangeStamp } from './change-log';
import type { ServiceContext } from './context';
import { EntityNotFoundError, ValidationError } from './errors';
import { writeLoggedBatch, type LoggedRowWrite } from './logged-batch';
import { parseRow, sameJson } from './logged-write';
import { screeningTables, isEarlier } from './screening';
import { parseOrThrow } from './validate';

const InputSchema = z.object({
  callId: idSchema,
  applicationIds: z.array(idSchema).min(1, { error: 'Velg minst én søknad.' }),
});

export interface R2ConfirmResult {
  /** Organisations confirmed now (those confirmed before are left as they were). */
  confirmedOrganisationIds: string[];
  alreadyConfirmedOrganisationIds: string[];
  /** Applications whose screening changed. */
  rescreened: number;
}

/** Re-screens `targets` (of `call`) on data read once; returns the screening writes to make. */
async function rescreenBatch(
  db: AppDatabase,
  stamp: ChangeStamp,
  newId: () => string,
  call: Call,
  callApplications: readonly Application[],
  targets: readonly Application[],
): Promise<LoggedRowWrite[]> {
  const organisations = new Map(
    (await db.organisations.bulkGet([...new Set(targets.map((a) => a.organisationId))])).flatMap((o) => (o ? [[o.id, o] as const] : [])),
  );
  const stored = new Map((await db.screenings.where('applicationId').anyOf(targets.map((a) => a.id)).toArray()).map((s) => [s.applicationId, s]));
  const limit = call.rules.maxApplicationsPerOrganisation;
  const writes: LoggedRowWrite[] = [];
  for (const application of targets) {
    const organisation = organisations.get(application.organisationId);
    if (!organisation) throw new EntityNotFoundError('organisations', application.organisationId);
    const earlier =
      limit === undefined
        ? undefined
        : callApplications.filter(
            (o) => o.organisationId === application.organisationId && o.id !== application.id && o.status !== 'trukket' && isEarlier(o, application),
          ).length;
    const results = screenApplication({ application, organisation, call, otherApplicationsByOrganisationInCall: earlier });
    const before = stored.get(application.id);
    if (before && sameJson(before.results, results)) continue;
    const after: Screening = parseOrThrow(ScreeningSchema, {
      id: before?.id ?? newId(),
      createdAt: before?.createdAt ?? stamp.at,
      updatedAt: stamp.at,
      applicationId: application.id,
      results,
      overrides: before?.overrides ?? [],
      screenedAt: stamp.at,
    });
    writes.push({ table: 'screenings', before, after });
  }
  return writes;
}

/**
 * Confirms R2 for the organisations of the selected applications in one call, and re-screens all
 * their open applications in that call. An application outside the call is refused.
 */
export async function confirmR2ForOrganisations(
  ctx: ServiceContext,
  input: z.input<typeof InputSchema>,
): Promise<R2ConfirmResult> {
  const { callId, applicationIds } = parseOrThrow(InputSchema, input);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', screeningTables(db), async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new EntityNotFoundError('calls', callId);
    if (isCallArchived(call.status)) {
      throw ValidationError.forField('', `Utlysningen «${call.title}» er arkivert og kan ikke endres.`);
    }
    const callApplications = await db.applications.where('callId').equals(callId).toArray();
    const byId = new Map(callApplications.map((a) => [a.id, a]));
    const outside = applicationIds.filter((id) => !byId.has(id));
    if (outside.length > 0) {
      throw ValidationError.forField('applicationIds', `${outside.length === 1 ? 'Én valgt søknad' : `${outside.length} valgte søknader`} hører ikke til utlysningen «${call.title}».`);
    }
    const organisationIds = [...new Set(applicationIds.map((id) => byId.get(id)!.organisationId))];
    const known = new Set((call.r2Confirmations ?? []).map((c) => c.organisationId));
    const fresh = organisationIds.filter((id) => !known.has(id));
    const result: R2ConfirmResult = {
      confirmedOrganisationIds: fresh,
      alreadyConfirmedOrganisationIds: organisationIds.filter((id) => known.has(id)),
      rescreened: 0,
    };
    if (fresh.length === 0) return result;

    const after = parseRow(CallSchema, {
      ...call,
      updatedAt: stamp.at,
      r2Confirmations: [...(call.r2Confirmations ?? []), ...fresh.map((organisationId) => ({ organisationId, by: stamp.actor, at: stamp.at }))],
    });
    const freshSet = new Set(fresh);
    const targets = callApplications.filter((a) => freshSet.has(a.organisationId) && !isScreeningFrozen(a.status));
    const screeningWrites = await rescreenBatch(db, stamp, ctx.newId, after, callApplications, targets);
    await writeLoggedBatch(db, stamp, [{ table: 'calls', before: call, after }, ...screeningWrites]);
    await db.screeningSummaries.bulkPut(screeningWrites.map((w) => summaryRowOf(w.after as Screening, call.id)));
    result.rescreened = screeningWrites.length;
    return result;
  });
}
