// Saving one assessor's scores for one application, and the checks every score write shares (the
// form here, the scoring sheet in sheet-commit.ts): the application is still open, the person
// exists and is active, has no conflict of interest for it, and the scores fit the call's criteria
// and scale. One row per application and person: saving again updates it, logged.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import { AssessmentSchema, type Assessment, type AssessmentSource } from '@renderer/domain/assessment';
import type { Call } from '@renderer/domain/call';
import { assessmentSetupOf, criteriaForApplication } from '@renderer/domain/assessment/default-criteria';
import { scoreIssues } from '@renderer/domain/assessment/score-problems';
import { CONFLICT_GROUND_LABELS, type ConflictOfInterest } from '@renderer/domain/conflict-of-interest';
import type { PersonRow } from '@renderer/domain/person';
import { isApplicationEditable } from '@renderer/domain/workflow';
import { resolveStamp, type ChangeStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { EntityNotFoundError, ValidationError } from '../errors';
import { addLogged, parseRow, putLogged, sameJson } from '../logged-write';

export interface AssessmentInput {
  applicationId: string;
  personId: string;
  scores: Record<string, number>;
  criterionComments?: Record<string, string>;
  comment?: string;
}

/** What a score write reads before it decides. */
export interface ScoringFacts {
  call: Call;
  application: Application;
  person: PersonRow | undefined;
  conflict: ConflictOfInterest | undefined;
  existing: Assessment | undefined;
}

/** The reason a person may not score this application at all, or null. */
export function scoringRefusal(facts: Omit<ScoringFacts, 'existing'>): string | null {
  const { application, person, conflict } = facts;
  if (!person) return 'Vurdereren finnes ikke i programmet.';
  if (conflict) {
    return `${person.name} er inhabil i denne søknaden (${CONFLICT_GROUND_LABELS[conflict.ground]}) og kan ikke gi poeng.`;
  }
  if (!person.active) return `${person.name} er ikke lenger aktiv som vurderer.`;
  if (application.status === 'trukket') return 'Søknaden er trukket og vurderes ikke.';
  if (!isApplicationEditable(application.status)) return 'Søknaden er vedtatt; vurderingen kan ikke endres.';
  return null;
}

function cleanComments(comments: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!comments) return undefined;
  const kept = Object.entries(comments)
    .map(([k, v]) => [k, v.trim()] as const)
    .filter(([, v]) => v.length > 0);
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

export interface PlannedAssessment {
  before: Assessment | undefined;
  after: Assessment;
  /** False when the row would not change (a sheet read twice): nothing is written or logged. */
  changed: boolean;
}

/** Checks the input against the facts and builds the row to write; throws ValidationError. */
export function planAssessment(
  facts: ScoringFacts,
  input: AssessmentInput,
  stamp: ChangeStamp,
  newId: () => string,
  source: AssessmentSource,
): PlannedAssessment {
  const refusal = scoringRefusal(facts);
  if (refusal) throw ValidationError.forField('', refusal);
  const setup = assessmentSetupOf(facts.call);
  const issues = scoreIssues(criteriaForApplication(setup, facts.application), setup.scale, input.scores);
  if (issues.length > 0) {
    throw new ValidationError(
      issues.map((i) => ({ path: i.criterionId ? `scores.${i.criterionId}` : 'scores', message: i.message })),
    );
  }
  const before = facts.existing;
  const content = {
    applicationId: input.applicationId,
    personId: input.personId,
    scores: input.scores,
    criterionComments: cleanComments(input.criterionComments),
    comment: input.comment?.trim() || undefined,
    source,
  };
  const after = parseRow(AssessmentSchema, {
    ...content,
    id: before?.id ?? newId(),
    createdAt: before?.createdAt ?? stamp.at,
    updatedAt: stamp.at,
  });
  const changed =
    !before ||
    !sameJson(
      { ...before, id: '', createdAt: '', updatedAt: '', source: '' },
      { ...after, id: '', createdAt: '', updatedAt: '', source: '' },
    );
  return { before, after: changed ? after : before, changed };
}

export function scoringTables(db: AppDatabase) {
  return [db.calls, db.applications, db.people, db.conflicts, db.assessments, db.changeLog];
}

/** Reads the facts for one application and person; inside a transaction over scoringTables. */
export async function readScoringFacts(db: AppDatabase, applicationId: string, personId: string): Promise<ScoringFacts> {
  const application = await db.applications.get(applicationId);
  if (!application) throw new EntityNotFoundError('applications', applicationId);
  const call = await db.calls.get(application.callId);
  if (!call) throw new EntityNotFoundError('calls', application.callId);
  const pair: [string, string] = [applicationId, personId];
  return {
    call,
    application,
    person: await db.people.get(personId),
    conflict: await db.conflicts.where('[applicationId+personId]').equals(pair).first(),
    existing: await db.assessments.where('[applicationId+personId]').equals(pair).first(),
  };
}

export async function writePlannedAssessment(db: AppDatabase, stamp: ChangeStamp, plan: PlannedAssessment): Promise<void> {
  if (!plan.changed) return;
  if (plan.before) await putLogged(db, stamp, 'assessments', plan.before, plan.after);
  else await addLogged(db, stamp, 'assessments', plan.after);
}

/** Saves (or updates) one assessor's scores for one application, entered in the program. */
export async function saveAssessment(ctx: ServiceContext, input: AssessmentInput): Promise<Assessment> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', scoringTables(db), async () => {
    const facts = await readScoringFacts(db, input.applicationId, input.personId);
    const plan = planAssessment(facts, input, stamp, ctx.newId, 'program');
    await writePlannedAssessment(db, stamp, plan);
    return plan.after;
  });
}
