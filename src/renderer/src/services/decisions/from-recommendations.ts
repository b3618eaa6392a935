// «Vedta etter innstillingen»: the committee's recommendations from one meeting become decisions in
// one transaction, through the same planning (buildPlan) and frame check (frameProblem) as any
// other decision. Outcome, amount and reason are carried over; an application whose decision is
// already locked (letter sent) is skipped and reported, as is an item without a recommendation.
// The officer can change any of the decisions afterwards, until the letters are sent.
import type { Application } from '@renderer/domain/application';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import type { Screening } from '@renderer/domain/screening';
import { resolveStamp, type ChangeStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { writeLoggedBatch, type LoggedRowWrite } from '../logged-batch';
import { buildPlan, type PlannedDecision } from './plan';
import { framesProblem } from './bulk';

export interface SkippedRecommendation {
  applicationId: string;
  title: string;
  why: 'laast' | 'ingen_innstilling';
}

export interface FromRecommendationsResult {
  decisions: Decision[];
  skipped: SkippedRecommendation[];
}

/** The decision, then the application marked decided, per plan: the order writing one by one gives. */
function writesOf(stamp: ChangeStamp, plans: readonly PlannedDecision[]): LoggedRowWrite[] {
  return plans.flatMap((plan): LoggedRowWrite[] => {
    const app = plan.application;
    const decision: LoggedRowWrite = { table: 'decisions', before: plan.before, after: plan.after };
    if (app.status === 'vedtatt') return [decision];
    const decided: Application = { ...app, status: 'vedtatt', updatedAt: stamp.at };
    return [decision, { table: 'applications', before: app, after: decided }];
  });
}

export async function decideFromRecommendations(
  ctx: ServiceContext,
  meetingId: string,
): Promise<FromRecommendationsResult> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction(
    'rw',
    [db.meetings, db.recommendations, db.applications, db.decisions, db.calls, db.screenings, db.acceptances, db.changeLog],
    async () => {
      const meeting = await db.meetings.get(meetingId);
      if (!meeting) throw new EntityNotFoundError('meetings', meetingId);
      const ids = meeting.agendaApplicationIds;
      // What the plans are checked against, read once for the whole agenda (not per item).
      const [recommendations, applications, stored, screenings] = await Promise.all([
        db.recommendations.where('meetingId').equals(meetingId).toArray(),
        db.applications.bulkGet(ids),
        db.decisions.where('applicationId').anyOf(ids).toArray(),
        db.screenings.where('applicationId').anyOf(ids).toArray(),
      ]);
      const callIds = [...new Set(applications.flatMap((a) => (a ? [a.callId] : [])))];
      const calls = new Map((await db.calls.bulkGet(callIds)).flatMap((c) => (c ? [[c.id, c] as const] : [])));
      const current = currentDecisions(stored);
      const decisionsOf = new Map<string, Decision[]>();
      for (const d of stored) decisionsOf.set(d.applicationId, [...(decisionsOf.get(d.applicationId) ?? []), d]);
      // As where('applicationId').equals(id).first(): the first in index order.
      const screeningOf = new Map<string, Screening>();
      for (const sc of screenings) if (!screeningOf.has(sc.applicationId)) screeningOf.set(sc.applicationId, sc);
      const recommendationOf = new Map(recommendations.map((r) => [r.applicationId, r]));
      const plans: PlannedDecision[] = [];
      const skipped: SkippedRecommendation[] = [];
      for (const [i, applicationId] of ids.entries()) {
        const app = applications[i];
        if (!app || app.status === 'trukket') continue;
        const rec = recommendationOf.get(applicationId);
        if (!rec?.outcome) {
          skipped.push({ applicationId, title: app.title, why: 'ingen_innstilling' });
          continue;
        }
        if (current.get(applicationId)?.lockedAt) {
          skipped.push({ applicationId, title: app.title, why: 'laast' });
          continue;
        }
        try {
          const call = calls.get(app.callId);
          if (!call) throw new EntityNotFoundError('calls', app.callId);
          const snapshot = { application: app, call, decisions: decisionsOf.get(applicationId) ?? [], screening: screeningOf.get(applicationId) };
          plans.push(
            buildPlan(snapshot, stamp, ctx.newId, {
              applicationId,
              outcome: rec.outcome,
              amountGrantedOre: rec.amountOre,
              justification: rec.reason,
            }),
          );
        } catch (e) {
          if (e instanceof ValidationError && !e.message.includes(`«${app.title}»`)) {
            throw ValidationError.forField('', `Søknaden «${app.title}»: ${e.message}`);
          }
          throw e;
        }
      }
      if (plans.length === 0) {
        throw ValidationError.forField('', 'Møtet har ingen innstillinger som kan bli vedtak.');
      }
      // The same frame check as every other decision (lapsed grants free their amount).
      const problem = await framesProblem(db, plans);
      if (problem) throw ValidationError.forField('amountGrantedOre', problem);
      await writeLoggedBatch(db, stamp, writesOf(stamp, plans));
      return { decisions: plans.map((p) => p.after), skipped };
    },
  );
}
