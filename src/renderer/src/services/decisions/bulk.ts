// One decision for a selection («Vedta for valgte»), planned on data read once: what will be
// decided (new or changed), and what is skipped and why — a sent letter locks its decision (a
// change is then a deliberate «Endre vedtaket» on the case), a grant needs the failed screening
// rules overridden first, a dismissal needs a formal requirement to name, and withdrawn or closed
// cases take no decision. The same plan serves the dialog's preview and the write.
import { lapsedDecisionIds } from '../acceptance/lapsed';
import type { AppDatabase } from '@renderer/data/db';
import { readByIds, readWhereIn } from '@renderer/data/read-keys';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import type { Decision, DecisionOutcome } from '@renderer/domain/decision';
import { isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import { screeningBasis } from '@renderer/domain/decisions/screening-basis';
import { proposedDismissalJustification, screeningGateProblem } from '@renderer/domain/decisions/screening-gate';
import {
  DEFAULT_REASON_TEMPLATES,
  findReasonTemplate,
  reasonText,
  type ReasonTemplate,
} from '@renderer/domain/decisions/reason-templates';
import { frameProblem } from '@renderer/domain/decisions/frame-check';
import { SUB_GOALS, callBudget } from '@renderer/domain/call-budget';
import type { Screening } from '@renderer/domain/screening';
import { formatMoney } from '@renderer/domain/vocabulary/format';
import type { LetterLanguage } from '@renderer/domain/settings';
import { isCallArchived } from '@renderer/domain/workflow';
import type { ChangeStamp } from '../change-log';
import { ValidationError } from '../errors';
import { buildPlan, currentOf, type PlannedDecision } from './plan';

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

export type BulkSkipReason = 'locked' | 'needsOverride' | 'needsReason' | 'closed';

export interface BulkSkip {
  applicationId: string;
  title: string;
  reason: BulkSkipReason;
  /** Norwegian: why this one is left as it is. */
  message: string;
}

/**
 * A case's planned decision in a bulk plan: without the screening basis, since the screenings are
 * read only where they decide something (a grant's gate, a dismissal's reason).
 */
export type BulkPlannedDecision = Omit<PlannedDecision, 'basis'>;

/** What the frame check needs of a planned decision. */
export type FramePlan = Pick<PlannedDecision, 'application' | 'call' | 'decisions' | 'after'>;

export interface BulkPlan {
  plans: BulkPlannedDecision[];
  /** Of `plans`: those that get their first (or a superseding) decision, and those edited in place. */
  newCount: number;
  changedCount: number;
  skipped: BulkSkip[];
  /** Why the grants together would exceed a frame; nothing is written then. */
  frameProblem: string | null;
}

function templateText(template: BulkDecisionTemplate, call: Call): string {
  if (!template.reasonTemplateId) return '';
  const found = findReasonTemplate(template.reasonTemplateId, template.templates ?? DEFAULT_REASON_TEMPLATES);
  if (!found) {
    throw ValidationError.forField('reasonTemplateId', `Fant ikke begrunnelsesmalen «${template.reasonTemplateId}».`);
  }
  return reasonText(found, template.language ?? 'nb', {
    minstebelop: formatMoney(call.rules.singleMeasureMinOre),
    aar: String(call.year),
    ramme: formatMoney(call.budgetFrameOre),
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  // Push, not spread: a copy per row made grouping 5 000 plans quadratic.
  for (const row of rows) {
    const group = out.get(key(row));
    if (group) group.push(row);
    else out.set(key(row), [row]);
  }
  return out;
}

/**
 * Whether the plans raise what their call grants, in total or under a sub-goal. The budget sums
 * each application on its own, so the rise is the planned applications' alone; frameProblem finds
 * a problem only where the granted sum rises, so a group that raises nothing (a rejection of many)
 * needs no read of the whole call.
 */
async function raisesGrants(db: AppDatabase, call: Call, group: readonly FramePlan[]): Promise<boolean> {
  const applications = [...new Map(group.map((p) => [p.application.id, p.application])).values()];
  const before = [...new Map(group.flatMap((p) => p.decisions).map((d) => [d.id, d])).values()];
  const replaced = new Set(group.map((p) => p.after.id));
  const after = [...before.filter((d) => !replaced.has(d.id)), ...group.map((p) => p.after)];
  const lapsed = await lapsedDecisionIds(db, before.map((d) => d.id));
  const was = callBudget(call, applications, before, lapsed);
  const will = callBudget(call, applications, after, lapsed);
  return will.total.grantedOre > was.total.grantedOre || SUB_GOALS.some((g) => will.bySubGoal[g].grantedOre > was.bySubGoal[g].grantedOre);
}

/** Frame problem of the plans against every decision of their calls, read once per call. */
export async function framesProblem(db: AppDatabase, plans: readonly FramePlan[]): Promise<string | null> {
  for (const [, group] of groupBy(plans, (p) => p.call.id)) {
    const call = group[0]!.call;
    if (!(await raisesGrants(db, call, group))) continue;
    const [applications, before] = await Promise.all([
      db.applications.where('callId').equals(call.id).toArray(),
      db.decisions.where('callId').equals(call.id).toArray(),
    ]);
    const replaced = new Set(group.map((p) => p.after.id));
    const after = [...before.filter((d) => !replaced.has(d.id)), ...group.map((p) => p.after)];
    // Lapsed grants (R11) free their amount.
    const lapsed = await lapsedDecisionIds(db, before.map((d) => d.id));
    const problem = frameProblem(call, applications, before, after, group.map((p) => p.after), lapsed);
    if (problem) return problem;
  }
  return null;
}

/**
 * Whether a case's screening can decide anything but a grant: a dismissal without a text of its
 * own takes the failed rules as its reason (and is skipped when none failed). A rejection, or a
 * dismissal with a text, says the same whatever the screening found.
 */
function screeningGivesReason(template: BulkDecisionTemplate, texts: ReadonlyMap<string, string>): boolean {
  if (template.outcome !== 'avvist' || template.justification?.trim()) return false;
  return [...texts.values()].some((text) => !text);
}

function skip(app: Application, reason: BulkSkipReason, message: string): BulkSkip {
  return { applicationId: app.id, title: app.title, reason, message };
}

/** Plans a bulk decision inside the caller's transaction (read or read-write). */
export async function planBulkDecision(
  db: AppDatabase,
  stamp: ChangeStamp,
  newId: () => string,
  applicationIds: readonly string[],
  template: BulkDecisionTemplate,
): Promise<BulkPlan> {
  const ids = [...new Set(applicationIds)];
  const readScreenings = () => readWhereIn(db.screenings, 'applicationId', ids, (s) => s.applicationId);
  // By the cheapest read (a selection is mostly a call's applications: one span, not a request per
  // id), asked at once; a grant's screenings with them. The applications are planned in the order
  // given, as they were read.
  const [read, grantScreenings] = await Promise.all([
    readByIds(db.applications, ids),
    isGrantOutcome(template.outcome) ? readScreenings() : undefined,
  ]);
  const applicationById = new Map(read.map((a) => [a.id, a]));
  const applications = ids.flatMap((id) => applicationById.get(id) ?? []);
  const callIds = [...new Set(applications.map((a) => a.callId))];
  // The selection's decisions from its calls' decisions, one range of the callId index each (schema
  // v22): the applications' ids are scattered over the whole decisions table.
  const [calls, ofCalls] = await Promise.all([
    db.calls.bulkGet(callIds),
    Promise.all(callIds.map((callId) => db.decisions.where('callId').equals(callId).toArray())),
  ]);
  const decisions = ofCalls.flat().filter((d) => applicationById.has(d.applicationId));
  const callById = new Map(calls.flatMap((c) => (c ? [[c.id, c] as const] : [])));
  const decisionsOf = groupBy<Decision>(decisions, (d) => d.applicationId);
  const texts = new Map<string, string>();
  for (const call of callById.values()) {
    if (isCallArchived(call.status)) {
      throw ValidationError.forField('', `Utlysningen «${call.title}» er arkivert og tar ikke imot nye vedtak.`);
    }
    texts.set(call.id, templateText(template, call));
  }
  // Other outcomes read the screenings only when one becomes the reason: 5 000 reads by index
  // were a third of a bulk rejection's time, for rows it never looked at.
  const screenings = grantScreenings ?? (screeningGivesReason(template, texts) ? await readScreenings() : []);

  const screeningOf = new Map<string, Screening>(screenings.map((s) => [s.applicationId, s]));

  const out: BulkPlan = { plans: [], newCount: 0, changedCount: 0, skipped: [], frameProblem: null };
  for (const application of applications) {
    const call = callById.get(application.callId);
    if (!call) continue;
    const snapshot = { application, call, decisions: decisionsOf.get(application.id) ?? [], screening: screeningOf.get(application.id) };
    if (application.status === 'trukket' || application.status === 'avsluttet') {
      out.skipped.push(skip(application, 'closed', application.status === 'trukket' ? 'Søknaden er trukket.' : 'Saken er avsluttet.'));
      continue;
    }
    const current = currentOf(snapshot);
    if (current?.lockedAt) {
      out.skipped.push(skip(application, 'locked', 'Brevet er sendt, så vedtaket er låst. Bruk «Endre vedtaket» i saken.'));
      continue;
    }
    const basis = screeningBasis(snapshot.screening);
    if (screeningGateProblem(template.outcome, basis)) {
      const rules = basis.failed.map((r) => r.rule).join(', ');
      out.skipped.push(skip(application, 'needsOverride', `Ikke bestått formell vurdering (${rules}); må overstyres med begrunnelse før innvilgelse.`));
      continue;
    }
    let justification = [texts.get(call.id) ?? '', template.justification?.trim() ?? ''].filter(Boolean).join('\n\n');
    if (template.outcome === 'avvist' && !justification) {
      justification = proposedDismissalJustification(basis);
      if (!justification) {
        out.skipped.push(skip(application, 'needsReason', 'Ingen regel er «Ikke bestått», så avvisningen har ikke noe formelt krav å vise til. Skriv en begrunnelse.'));
        continue;
      }
    }
    try {
      const { basis: _basis, ...plan } = buildPlan(snapshot, stamp, newId, {
        applicationId: application.id,
        outcome: template.outcome,
        justification,
        conditions: template.conditions,
      });
      out.plans.push(plan);
      if (plan.before) out.changedCount++;
      else out.newCount++;
    } catch (e) {
      // A problem every case shares (no justification) names the field; one case's names it.
      if (e instanceof ValidationError && e.issues.some((i) => i.path !== '')) throw e;
      if (e instanceof ValidationError && !e.message.includes(`«${application.title}»`)) {
        throw ValidationError.forField('', `Søknaden «${application.title}»: ${e.message}`);
      }
      throw e;
    }
  }
  out.frameProblem = await framesProblem(db, out.plans);
  return out;
}
