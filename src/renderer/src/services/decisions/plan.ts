// Turns a decide request into the decision row to write, against what is stored now. Runs inside
// the caller's transaction; throws ValidationError (rolling it back) on anything not allowed.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import { DecisionSchema, decisionOutcomeSchema, type Decision, type DecisionOutcome } from '@renderer/domain/decision';
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
}

export interface PlannedDecision {
  application: Application;
  call: Call;
  /** The stored decision being edited in place (not yet locked), if any. */
  before?: Decision;
  after: Decision;
}

function defaultAmount(outcome: DecisionOutcome, appliedOre: number): number | undefined {
  if (outcome === 'innvilget') return appliedOre;
  if (outcome === 'avslatt' || outcome === 'avvist') return 0;
  return undefined;
}

export async function loadCall(db: AppDatabase, callId: string): Promise<Call> {
  const call = await db.calls.get(callId);
  if (!call) throw new EntityNotFoundError('calls', callId);
  if (isCallArchived(call.status)) {
    throw ValidationError.forField('', `Utlysningen «${call.title}» er arkivert og tar ikke imot nye vedtak.`);
  }
  return call;
}

/** The decision to write for one application: an edit while unlocked, else a new (superseding) one. */
export async function planDecision(
  db: AppDatabase,
  stamp: ChangeStamp,
  newId: () => string,
  input: DecideInput,
): Promise<PlannedDecision> {
  const outcome = parseOrThrow(decisionOutcomeSchema, input.outcome);
  const application = await db.applications.get(input.applicationId);
  if (!application) throw new EntityNotFoundError('applications', input.applicationId);
  if (application.status === 'trukket') {
    throw ValidationError.forField('', `Søknaden «${application.title}» er trukket og kan ikke få vedtak.`);
  }
  if (application.status === 'avsluttet') {
    throw ValidationError.forField('', `Saken «${application.title}» er avsluttet og kan ikke få nytt vedtak.`);
  }
  const call = await loadCall(db, application.callId);
  const stored = await db.decisions.where('applicationId').equals(application.id).toArray();
  const current = currentDecisions(stored).get(application.id);
  const editable = current && !current.lockedAt ? current : undefined;

  const after = parseRow(DecisionSchema, {
    id: editable?.id ?? newId(),
    createdAt: editable?.createdAt ?? stamp.at,
    updatedAt: stamp.at,
    applicationId: application.id,
    outcome,
    amountAppliedOre: application.amountAppliedOre,
    amountGrantedOre: input.amountGrantedOre ?? defaultAmount(outcome, application.amountAppliedOre),
    justification: input.justification ?? '',
    justificationNn: input.justificationNn?.trim() || undefined,
    conditions: input.conditions ?? '',
    decidedAt: osloDate(stamp.at),
    decidedBy: stamp.actor,
    // A locked decision stays in history; the new one says which it replaces.
    supersedesDecisionId: editable ? editable.supersedesDecisionId : current?.id,
  });
  return { application, call, before: editable, after };
}
