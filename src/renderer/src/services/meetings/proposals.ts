// The officer's proposed amounts (innstilling), one row per application of a call, each write
// logged. A proposal above the frame or outside the call's rules is refused with the reason.
import { proposalProblem, proposeAllocation } from '@renderer/domain/meetings/allocation';
import { RecommendationSchema, type Recommendation } from '@renderer/domain/recommendation';
import { resolveStamp, type ChangeStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { writeLoggedBatch, type LoggedRowWrite } from '../logged-batch';
import { addLogged, parseRow, putLogged, sameJson } from '../logged-write';
import { loadRankedCall, proposalsByApplication, shownAmounts } from './ranked-call';

function proposalRow(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  before: Recommendation | undefined,
  callId: string,
  applicationId: string,
  amountOre: number,
): Recommendation {
  return parseRow(RecommendationSchema, {
    id: before?.id ?? ctx.newId(),
    createdAt: before?.createdAt ?? stamp.at,
    updatedAt: stamp.at,
    callId,
    applicationId,
    amountOre,
    reason: before?.reason ?? '',
  });
}

/** Sets the proposed amount of one application; refuses one above the frame or the rules. */
export async function setProposal(
  ctx: ServiceContext,
  callId: string,
  applicationId: string,
  amountOre: number,
): Promise<Recommendation> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.calls, db.applications, db.screenings, db.organisations, db.recommendations, db.assessments, db.conflicts, db.people, db.changeLog],
    async () => {
      const ranked = await loadRankedCall(db, callId);
      const item = ranked.allocationItems.find((i) => i.applicationId === applicationId);
      if (!item) throw ValidationError.forField('amountOre', 'Søknaden hører ikke til denne utlysningen.');
      const problem = proposalProblem(ranked.call, ranked.allocationItems, shownAmounts(ranked), item, amountOre);
      if (problem) throw ValidationError.forField('amountOre', problem);
      const before = proposalsByApplication(await db.recommendations.where('callId').equals(callId).toArray()).get(applicationId);
      const after = proposalRow(ctx, stamp, before, callId, applicationId, amountOre);
      if (before) await putLogged(db, stamp, 'recommendations', before, after);
      else await addLogged(db, stamp, 'recommendations', after);
      return after;
    },
  );
}

/** «Foreslå fordeling»: amounts by rank until the frame is spent; writes only what changes. */
export async function proposeDistribution(ctx: ServiceContext, callId: string): Promise<Map<string, number>> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.calls, db.applications, db.screenings, db.organisations, db.recommendations, db.assessments, db.conflicts, db.people, db.changeLog],
    async () => {
      const ranked = await loadRankedCall(db, callId);
      const amounts = proposeAllocation(ranked.call, ranked.allocationItems);
      const stored = proposalsByApplication(await db.recommendations.where('callId').equals(callId).toArray());
      const writes: LoggedRowWrite<'recommendations'>[] = [];
      for (const [applicationId, amountOre] of amounts) {
        const before = stored.get(applicationId);
        const after = proposalRow(ctx, stamp, before, callId, applicationId, amountOre);
        if (!before || !sameJson({ ...before, updatedAt: '' }, { ...after, updatedAt: '' })) {
          writes.push({ table: 'recommendations', before, after });
        }
      }
      await writeLoggedBatch(db, stamp, writes);
      return amounts;
    },
  );
}
