// Re-screening the applications a change touches, inside the caller's transaction, as one batch
// (screening-batch.ts). Decided cases keep the screening they were decided on (workflow.ts:
// isScreeningFrozen).
import type { Application } from '@renderer/domain/application';
import { isScreeningFrozen } from '@renderer/domain/workflow';
import type { ChangeStamp } from './change-log';
import type { ServiceContext } from './context';
import { planRescreen, rescreenBatch, type RescreenGiven, type RescreenPlan } from './screening-batch';

/**
 * Re-screens the open ones of `applications` (as stored now); returns how many screenings changed.
 * `known` may add other rows as stored now (see rescreenBatch).
 */
export async function rescreenOpen(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  applications: readonly Application[],
  known: readonly Application[] = applications,
): Promise<number> {
  const open = applications.filter((app) => !isScreeningFrozen(app.status));
  const results = await rescreenBatch(ctx, stamp, open, known);
  return results.filter((r) => r.changed).length;
}

/** rescreenOpen without the writes, for a caller that writes the plan with its own (see RescreenGiven). */
export function planRescreenOpen(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  applications: readonly Application[],
  known: readonly Application[],
  given: RescreenGiven,
): Promise<RescreenPlan> {
  return planRescreen(ctx, stamp, applications.filter((app) => !isScreeningFrozen(app.status)), known, given);
}

/**
 * The organisation's applications in one call screen together: a local limit on applications per
 * organisation counts the earlier ones, so adding, moving or withdrawing one can change the others.
 */
export async function rescreenOrganisationInCall(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  callId: string,
  organisationId: string,
): Promise<number> {
  const siblings = await ctx.db.applications
    .where('[callId+organisationId]')
    .equals([callId, organisationId])
    .toArray();
  return rescreenOpen(ctx, stamp, siblings);
}
