// Turns a decide request into the decision row to write, against what is stored now. The rules
// are checked on a snapshot of the case (application, call, decisions, screening), so one case and
// a bulk selection read their data the same way; throws ValidationError on anything not allowed.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import { DecisionSchema, decisionOutcomeSchema, type Decision, type DecisionOutcome } from '@renderer/domain/decision';
import { isGrantOutcome } from '@renderer/domain/decisions/letter-kind';
import { screeningBasis, type ScreeningBasis } from '@renderer/domain/decisions/screening-basis';
import { screeningGateProblem } from '@renderer/domain/decisions/screening-gate';
import {
  defaultSubGoalSplit,
  subGoalSplitProblem,
  type SubGoalSplit,
} from '@renderer/domain/decisions/sub-goal-split';
import type { Screening } from '@renderer/domain/screening';
import { isCallArchived } from '@renderer/domain/workflow';
import type { ChangeStamp } from '../change-log';
import { EntityNotFoundError, ValidationError } from '../errors';
import { parseRow } from '../logged-write';
import { parseOrThrow } from '../validate';
import { osloDate } from '@renderer/domain/oslo-date';

export interface DecideInput {
  applicationId: string;
  outcome: DecisionOutcome;
  /** Defaults: the amount applied for when granted in full, 0 when rejected or dismissed. */
  amountGrantedOre?: number;
  /** Required unless granted in full; for a partial grant it explains the reduction. */
  justification?: string;
  /** The reasons in nynorsk, for nynorsk letters. */
  justificationNn?: string;
  conditions?: string;
  /** The granted amount per sub-goal; default: equal whole-kroner shares (sub-goal-split.ts). */
  subGoalSplitOre?: SubGoalSplit;
}

export interface PlannedDecision {
  application: Application;
  call: Call;
  /** The stored decision being edited in place (not yet locked), if any. */
  before?: Decision;
  after: Decision;
  /** What the screening lets the decision and its letter say. */
  basis: ScreeningBasis;
  /** Every stored decision of the application, as planned against. */
  decisions: readonly Decision[];
}

/** What a decision is checked against, read once per case (or once for a whole selection). */
export interface CaseSnapshot {
  application: Application;
  call: Call;
  /** Every stored decision of the application. */
  decisions: readonly Decision[];
  screening: Screening | undefined;
}

function defaultAmount(outcome: DecisionOutcome, appliedOre: number): number | undefined {
  if (outcome === 'innvilget') return appliedOre;
  if (outcome === 'avslatt' || outcome === 'avvist') return 0;
  return undefined;
}

export async function loadCall(db: AppDatabase, callId: string): Promise<Call> {
  const call = await db.calls.get(callId);
  if (!call) throw new EntityNotFoundError('calls', callId);
  assertCallOpenForDecisions(call);
  return call;
}

export function assertCallOpenForDecisions(call: Call): void {
  if (isCallArchived(call.status)) {
    throw ValidationError.forField('', `Utlysningen «${call.title}» er arkivert og tar ikke imot nye vedtak.`);
  }
}

/** Refuses a withdrawn or closed case, with the application named. */
export function assertDecidable(application: Application): void {
  if (application.status === 'trukket') {
    throw ValidationError.forField('', `Søknaden «${application.title}» er trukket og kan ikke få vedtak.`);
  }
  if (application.status === 'avsluttet') {
    throw ValidationError.forField('', `Saken «${application.title}» er avsluttet og kan ikke få nytt vedtak.`);
  }
}

/** The current decision of the snapshot's application, if any. */
export function currentOf(snapshot: Pick<CaseSnapshot, 'application' | 'decisions'>): Decision | undefined {
  return currentDecisions(snapshot.decisions).get(snapshot.application.id);
}

/** The decision to write for one case: an edit while unlocked, else a new (superseding) one. */
export function buildPlan(
  snapshot: CaseSnapshot,
  stamp: ChangeStamp,
  newId: () => string,
  input: DecideInput,
): PlannedDecision {
  const outcome = parseOrThrow(decisionOutcomeSchema, input.outcome);
  const { application, call } = snapshot;
  assertDecidable(application);
  assertCallOpenForDecisions(call);
  const basis = screeningBasis(snapshot.screening);
  const gate = screeningGateProblem(outcome, basis, application.title);
  if (gate) throw ValidationError.forField('outcome', gate);

  const current = currentOf(snapshot);
  const editable = current && !current.lockedAt ? current : undefined;
  const amountGrantedOre = input.amountGrantedOre ?? defaultAmount(outcome, application.amountAppliedOre);
  let split: SubGoalSplit | undefined;
  if (typeof amountGrantedOre === 'number' && Number.isInteger(amountGrantedOre) && amountGrantedOre >= 0) {
    split =
      isGrantOutcome(outcome) && input.subGoalSplitOre
        ? input.subGoalSplitOre
        : defaultSubGoalSplit(amountGrantedOre, application.subGoals);
    const problem = subGoalSplitProblem(split, amountGrantedOre, application.subGoals);
    if (problem) throw ValidationError.forField('subGoalSplitOre', problem);
  }

  const after = parseRow(DecisionSchema, {
    id: editable?.id ?? newId(),
    createdAt: editable?.createdAt ?? stamp.at,
    updatedAt: stamp.at,
    applicationId: application.id,
    callId: application.callId,
    outcome,
    amountAppliedOre: application.amountAppliedOre,
    amountGrantedOre,
    justification: input.justification ?? '',
    justificationNn: input.justificationNn?.trim() || undefined,
    conditions: input.conditions ?? '',
    decidedAt: osloDate(stamp.at),
    decidedBy: stamp.actor,
    // A locked decision stays in history; the new one says which it replaces.
    supersedesDecisionId: editable ? editable.supersedesDecisionId : current?.id,
    subGoalSplitOre: split,
  });
  return { application, call, before: editable, after, basis, decisions: snapshot.decisions };
}

/** Reads one case's snapshot and plans its decision; runs inside the caller's transaction. */
export async function planDecision(
  db: AppDatabase,
  stamp: ChangeStamp,
  newId: () => string,
  input: DecideInput,
): Promise<PlannedDecision> {
  const application = await db.applications.get(input.applicationId);
  if (!application) throw new EntityNotFoundError('applications', input.applicationId);
  assertDecidable(application);
  const call = await loadCall(db, application.callId);
  const [decisions, screening] = await Promise.all([
    db.decisions.where('applicationId').equals(application.id).toArray(),
    db.screenings.where('applicationId').equals(application.id).first(),
  ]);
  return buildPlan({ application, call, decisions, screening }, stamp, newId, input);
}
