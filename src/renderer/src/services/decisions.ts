// Deciding applications. Every write is the decision, the application's status 'vedtatt' and
// their change-log rows in one transaction. A decision is edited in place until its letter is
// sent (decisions/letters.ts locks it); after that a change is a new decision that supersedes it.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Decision, DecisionOutcome } from '@renderer/domain/decision';
import { frameProblem } from '@renderer/domain/decisions/frame-check';
import {
  DEFAULT_REASON_TEMPLATES,
  findReasonTemplate,
  reasonText,
  type ReasonTemplate,
} from '@renderer/domain/decisions/reason-templates';
import { formatKroner } from '@renderer/domain/screening/format';
import type { LetterLanguage } from '@renderer/domain/settings';
import { resolveStamp, type ChangeStamp } from './change-log';
import type { ServiceContext } from './context';
import { ValidationError } from './errors';
import { addLogged, putLogged } from './logged-write';
import { planDecision, type DecideInput, type PlannedDecision } from './decisions/plan';
import { lapsedDecisionIds } from './acceptance/lapsed';

export type { DecideInput } from './decisions/plan';
export { markLetterSent, saveDecisionLetter, type SaveLetterInput } from './decisions/letters';

function decisionTables(db: AppDatabase) {
  return [db.applications, db.decisions, db.calls, db.acceptances, db.changeLog];
}

/** Refuses plans that would take any of their calls above its frame (total or sub-goal). */
async function assertWithinFrames(db: AppDatabase, plans: readonly PlannedDecision[]): Promise<void> {
  const byCall = new Map<string, PlannedDecision[]>();
  for (const p of plans) byCall.set(p.call.id, [...(byCall.get(p.call.id) ?? []), p]);
  for (const [callId, group] of byCall) {
    const call = group[0]!.call;
    const applications = await db.applications.where('callId').equals(callId).toArray();
    const before = await db.decisions
      .where('applicationId')
      .anyOf(applications.map((a) => a.id))
      .toArray();
    const replaced = new Set(group.map((p) => p.after.id));
    const after = [...before.filter((d) => !replaced.has(d.id)), ...group.map((p) => p.after)];
    const lapsed = await lapsedDecisionIds(db, before.map((d) => d.id));
    const problem = frameProblem(call, applications, before, after, group.map((p) => p.after), lapsed);
    if (problem) throw ValidationError.forField('amountGrantedOre', problem);
  }
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

/** One decision for a selection, e.g. every application dismissed under R1. */
export interface BulkDecisionTemplate {
  outcome: DecisionOutcome;
  /** A reason template (begrunnelsesmal) by id; its text becomes the justification. */
  reasonTemplateId?: string;
  /** Own text; added after the template's text when both are given. */
  justification?: string;
  conditions?: string;
  /** Language of the template text; bokmål unless the letters go out in nynorsk. */
  language?: LetterLanguage;
  /** Templates to look the id up in; the standard ones unless the municipality has its own. */
  templates?: readonly ReasonTemplate[];
}

function templateText(template: BulkDecisionTemplate, call: PlannedDecision['call']): string {
  if (!template.reasonTemplateId) return '';
  const found = findReasonTemplate(template.reasonTemplateId, template.templates ?? DEFAULT_REASON_TEMPLATES);
  if (!found) {
    throw ValidationError.forField('reasonTemplateId', `Fant ikke begrunnelsesmalen «${template.reasonTemplateId}».`);
  }
  return reasonText(found, template.language ?? 'nb', {
    minstebelop: formatKroner(call.rules.singleMeasureMinOre),
    aar: String(call.year),
    ramme: formatKroner(call.budgetFrameOre),
  });
}

/**
 * Decides every application in `applicationIds` the same way, all in one transaction: one that
 * fails (withdrawn, frame exceeded, …) stops them all, with the application named in the message.
 */
export async function bulkDecide(
  ctx: ServiceContext,
  applicationIds: readonly string[],
  template: BulkDecisionTemplate,
): Promise<Decision[]> {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0) throw ValidationError.forField('', 'Velg minst én søknad.');
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', decisionTables(db), async () => {
    const plans: PlannedDecision[] = [];
    for (const applicationId of ids) {
      const app = await db.applications.get(applicationId);
      const call = app ? await db.calls.get(app.callId) : undefined;
      const text = call ? templateText(template, call) : '';
      const justification = [text, template.justification?.trim() ?? ''].filter(Boolean).join('\n\n');
      try {
        plans.push(
          await planDecision(db, stamp, ctx.newId, {
            applicationId,
            outcome: template.outcome,
            justification,
            conditions: template.conditions,
          }),
        );
      } catch (e) {
        if (e instanceof ValidationError && app && !e.message.includes(`«${app.title}»`)) {
          throw ValidationError.forField('', `Søknaden «${app.title}»: ${e.message}`);
        }
        throw e;
      }
    }
    await assertWithinFrames(db, plans);
    for (const plan of plans) await writePlan(db, stamp, plan);
    return plans.map((p) => p.after);
  });
}
