// Setting up and running a call (utlysning): create, edit, and move it through its statuses.
// Amounts are øre (forms convert from kroner). A change of rule settings re-screens the call's open
// applications in the same transaction, so no screening ever rests on old rules.
import type { AppDatabase } from '@renderer/data/db';
import {
  CallSchema,
  callStatusSchema,
  defaultCallRules,
  type Call,
  type CallRules,
  type CallStatus,
} from '@renderer/domain/call';
import { formatMoney } from '@renderer/domain/vocabulary/format';
import {
  areCallRulesEditable,
  callTransitionProblem,
  isCallArchived,
  isScreeningFrozen,
} from '@renderer/domain/workflow';
import { APPLICATION_STATUSES } from '@renderer/domain/list-values';
import { resolveStamp } from './change-log';
import type { ServiceContext } from './context';
import { EntityNotFoundError, ValidationError } from './errors';
import { assertNotStale, type WriteVersion } from './stale-write';
import { addLogged, parseRow, putLogged, sameJson, withoutUndefined } from './logged-write';
import { rescreenOpen } from './rescreen-related';
import { cancelTransactionOn, cancelledOr } from './cancel-write';
import { screeningTables } from './screening';
import { parseOrThrow } from './validate';

type CallFields = Omit<Call, 'id' | 'createdAt' | 'updatedAt' | 'status' | 'rules'>;

/** A new call starts as 'utkast'; rules not given take the defaults for its year (2020 values). */
export type CallInput = CallFields & { id?: string; rules?: Partial<CallRules> };

/** `rules` is merged over the stored rules; a rule set to undefined clears a local limit. */
export type CallPatch = Partial<CallFields> & { rules?: Partial<CallRules> };

async function assertMunicipalityExists(db: AppDatabase, municipalityId: string): Promise<void> {
  if (!(await db.municipalities.get(municipalityId))) {
    throw ValidationError.forField('municipalityId', 'Velg en av kommunene i listen');
  }
}

/** The frames per sub-goal share the call's frame, so together they cannot exceed it. */
function assertSubGoalFramesFit(call: Call): void {
  const frames = call.subGoalFramesOre;
  if (!frames) return;
  const sum = (frames.A ?? 0) + (frames.B ?? 0) + (frames.C ?? 0);
  if (sum > call.budgetFrameOre) {
    throw ValidationError.forField(
      'subGoalFramesOre',
      `Rammene per delmål er til sammen ${formatMoney(sum)}, mer enn budsjettrammen ${formatMoney(call.budgetFrameOre)}`,
    );
  }
}

export async function createCall(ctx: ServiceContext, input: CallInput): Promise<Call> {
  const stamp = await resolveStamp(ctx);
  const { rules, ...fields } = input;
  const row = parseRow(CallSchema, {
    ...fields,
    id: input.id ?? ctx.newId(),
    createdAt: stamp.at,
    updatedAt: stamp.at,
    status: 'utkast',
    rules: withoutUndefined({ ...defaultCallRules(input.year), ...rules }),
  });
  assertSubGoalFramesFit(row);
  const { db } = ctx;
  return db.transaction('rw', db.calls, db.municipalities, db.changeLog, async () => {
    await assertMunicipalityExists(db, row.municipalityId);
    await addLogged(db, stamp, 'calls', row);
    return row;
  });
}

/** The rules `patch` leaves the call with (a rule set to undefined clears a local limit). */
const patchedRules = (before: CallRules, patch: Partial<CallRules> | undefined): CallRules => withoutUndefined({ ...before, ...patch });

/**
 * Whether saving `patch` re-screens the call's open applications: its rules or its prioritised
 * sub-goal change. The edit page says so while it saves, as that can take a while in a big call.
 */
export function patchRescreens(before: Call, patch: CallPatch): boolean {
  const prioritised = 'prioritisedSubGoal' in patch ? patch.prioritisedSubGoal : before.prioritisedSubGoal;
  return !sameJson(before.rules, patchedRules(before.rules, patch.rules)) || prioritised !== before.prioritisedSubGoal;
}

/** How many of the call's applications a rule change re-screens: those not yet decided or closed. */
export async function countOpenApplications(db: AppDatabase, callId: string): Promise<number> {
  const open = APPLICATION_STATUSES.filter((status) => !isScreeningFrozen(status));
  const counts = await Promise.all(open.map((status) => db.applications.where('[callId+status]').equals([callId, status]).count()));
  return counts.reduce((sum, n) => sum + n, 0);
}

/**
 * Edits a call (not its status: see changeCallStatus). An archived call cannot change, and rule
 * settings only until the call is decided. When the rules or the prioritised sub-goal change, the
 * call's open applications are re-screened in the same transaction; `signal` cancels the whole
 * save while it runs (nothing is saved then: services/cancel-write.ts).
 */
export async function updateCall(
  ctx: ServiceContext,
  id: string,
  patch: CallPatch,
  version: WriteVersion = {},
  { signal }: { signal?: AbortSignal } = {},
): Promise<Call> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [...screeningTables(db), db.municipalities], async () => {
    cancelTransactionOn(signal);
    const before = await db.calls.get(id);
    if (!before) throw new EntityNotFoundError('calls', id);
    assertNotStale('calls', before, version);
    if (isCallArchived(before.status)) {
      throw ValidationError.forField('', 'Utlysningen er arkivert og kan ikke endres.');
    }
    const { rules, ...fields } = patch;
    const after = parseRow(CallSchema, {
      ...before,
      ...fields,
      id: before.id,
      createdAt: before.createdAt,
      updatedAt: stamp.at,
      status: before.status,
      rules: patchedRules(before.rules, rules),
    });
    assertSubGoalFramesFit(after);
    const rulesChanged = !sameJson(before.rules, after.rules);
    if (rulesChanged && !areCallRulesEditable(before.status)) {
      throw ValidationError.forField('rules', 'Reglene kan ikke endres etter at utlysningen er vedtatt.');
    }
    if (after.municipalityId !== before.municipalityId) {
      await assertMunicipalityExists(db, after.municipalityId);
    }
    await putLogged(db, stamp, 'calls', before, after);
    if (rulesChanged || before.prioritisedSubGoal !== after.prioritisedSubGoal) {
      const applications = await db.applications.where('callId').equals(id).toArray();
      await rescreenOpen(ctx, stamp, applications);
    }
    return after;
  }).catch((error: unknown) => {
    throw cancelledOr(error, signal);
  });
}

/** Moves a call to another status; refused moves (see domain/workflow.ts) explain themselves. */
export async function changeCallStatus(
  ctx: ServiceContext,
  id: string,
  status: CallStatus,
): Promise<Call> {
  const next = parseOrThrow(callStatusSchema, status);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', db.calls, db.changeLog, async () => {
    const before = await db.calls.get(id);
    if (!before) throw new EntityNotFoundError('calls', id);
    const problem = callTransitionProblem(before.status, next);
    if (problem) throw ValidationError.forField('status', problem);
    const after: Call = { ...before, status: next, updatedAt: stamp.at };
    await putLogged(db, stamp, 'calls', before, after);
    return after;
  });
}
