// Deciding applications. Every write is the decision, the application's status 'vedtatt' and
// their change-log rows in one transaction. A decision is edited in place until its letter is
// sent (decisions/letters.ts locks it); after that a change is a new decision that supersedes it.
// A grant is refused while the screening has a rule «Ikke bestått» without an override (plan.ts).
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Decision } from '@renderer/domain/decision';
import { resolveStamp, type ChangeStamp } from './change-log';
import type { ServiceContext } from './context';
import { ValidationError } from './errors';
import { addLogged, putLogged } from './logged-write';
import { writeLoggedBatch, type LoggedRowWrite } from './logged-batch';
import { planDecision, type DecideInput, type PlannedDecision } from './decisions/plan';
import { framesProblem, planBulkDecision, type BulkDecisionTemplate, type BulkPlan, type BulkSkip } from './decisions/bulk';

export type { DecideInput } from './decisions/plan';
export type { BulkDecisionTemplate, BulkPlan, BulkSkip, BulkSkipReason } from './decisions/bulk';
export {
  markLetterSent,
  markLettersSent,
  saveDecisionLetter,
  saveBatchLetter,
  saveBatchLetters,
  type SaveLetterInput,
} from './decisions/letters';

function decisionTables(db: AppDatabase) {
  return [db.applications, db.decisions, db.calls, db.screenings, db.acceptances, db.changeLog];
}

/** Refuses plans that would take any of their calls above its frame (total or sub-goal). */
async function assertWithinFrames(db: AppDatabase, plans: readonly PlannedDecision[]): Promise<void> {
  const problem = await framesProblem(db, plans);
  if (problem) throw ValidationError.forField('amountGrantedOre', problem);
}

async function writePlan(db: AppDatabase, stamp: ChangeStamp, plan: PlannedDecision): Promise<void> {
  if (plan.before) await putLogged(db, stamp, 'decisions', plan.before, plan.after);
  else await addLogged(db, stamp, 'decisions', plan.after);
  const app = plan.application;
  if (app.status !== 'vedtatt') {
    // A decision closes the assessment whatever stage it reached: R1 dismissals are never assessed.
    const decided: Application = { ...app, status: 'vedtatt', updatedAt: stamp.at };
    await putLogged(db, stamp, 'applications', app, decided);
  }
}

/** Decides one application (or changes its decision); see the file comment for the rules. */
export async function decideApplication(ctx: ServiceContext, input: DecideInput): Promise<Decision> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', decisionTables(db), async () => {
    const plan = await planDecision(db, stamp, ctx.newId, input);
    await assertWithinFrames(db, [plan]);
    await writePlan(db, stamp, plan);
    return plan.after;
  });
}

export interface BulkDecideResult {
  decided: Decision[];
  /** Left as they were, each with the reason (letter sent, screening failed, …). */
  skipped: BulkSkip[];
}

/** What «Vedta for valgte» would do, without writing: the dialog shows it before confirming. */
export async function previewBulkDecision(
  ctx: ServiceContext,
  applicationIds: readonly string[],
  template: BulkDecisionTemplate,
): Promise<Omit<BulkPlan, 'plans'> & { applicationIds: string[] }> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  let n = 0;
  return db.transaction('r', [db.applications, db.decisions, db.calls, db.screenings, db.acceptances], async () => {
    const { plans, ...rest } = await planBulkDecision(db, stamp, () => `preview-${++n}`, applicationIds, template);
    return { ...rest, applicationIds: plans.map((p) => p.application.id) };
  });
}

/**
 * Decides the selection the same way in one transaction and one batch write. Cases with a sent
 * letter, a failed screening (for a grant) or nothing to dismiss on are skipped and reported; a
 * frame that would be exceeded stops them all.
 */
export async function bulkDecide(
  ctx: ServiceContext,
  applicationIds: readonly string[],
  template: BulkDecisionTemplate,
): Promise<BulkDecideResult> {
  if (applicationIds.length === 0) throw ValidationError.forField('', 'Velg minst én søknad.');
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', decisionTables(db), async () => {
    const plan = await planBulkDecision(db, stamp, ctx.newId, applicationIds, template);
    if (plan.frameProblem) throw ValidationError.forField('amountGrantedOre', plan.frameProblem);
    const writes: LoggedRowWrite[] = [];
    for (const p of plan.plans) {
      writes.push({ table: 'decisions', before: p.before, after: p.after });
      if (p.application.status !== 'vedtatt') {
        writes.push({ table: 'applications', before: p.application, after: { ...p.application, status: 'vedtatt', updatedAt: stamp.at } });
      }
    }
    await writeLoggedBatch(db, stamp, writes);
    return { decided: plan.plans.map((p) => p.after), skipped: plan.skipped };
  });
}
