// Read functions over a call's assessments: per application the averages, weighted total and who
// has or has not scored; and the call's conflicts of interest. Used by the assessment pages,
// ranking, meeting mode and the minutes.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import {
  assessmentSetupOf,
  criteriaForApplication,
  expectedAssessorIds,
} from '@renderer/domain/assessment/default-criteria';
import { summariseScores } from '@renderer/domain/assessment/scores';
import { CONFLICT_GROUND_LABELS } from '@renderer/domain/vocabulary';
import { EntityNotFoundError } from '../errors';
import { compareNb } from '@renderer/domain/collate';

export interface ApplicationScoreSummary {
  applicationId: string;
  /** Weighted total averaged over the assessors who may score it (conflicted ones left out); null when nobody has scored. On the call's scale. */
  weightedTotal: number | null;
  /** Average per criterion id, conflicted assessors left out. */
  averageByCriterion: Record<string, number>;
  assessorsDone: string[]; // person ids
  assessorsMissing: string[]; // person ids expected to score but have not (conflicted ones excluded)
}

/** The applications that are assessed: every one in the call but the withdrawn. */
export function isAssessed(application: Application): boolean {
  return application.status !== 'trukket';
}

async function readCall(db: AppDatabase, callId: string) {
  const call = await db.calls.get(callId);
  if (!call) throw new EntityNotFoundError('calls', callId);
  const applications = (await db.applications.where('callId').equals(callId).toArray()).filter(isAssessed);
  const ids = applications.map((a) => a.id);
  const [assessments, conflicts, people] = await Promise.all([
    db.assessments.where('applicationId').anyOf(ids).toArray(),
    db.conflicts.where('applicationId').anyOf(ids).toArray(),
    db.people.toArray(),
  ]);
  return { call, applications, assessments, conflicts, people };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

export async function scoreSummariesForCall(
  db: AppDatabase,
  callId: string,
): Promise<Map<string, ApplicationScoreSummary>> {
  const { call, applications, assessments, conflicts, people } = await db.transaction(
    'r',
    [db.calls, db.applications, db.assessments, db.conflicts, db.people],
    () => readCall(db, callId),
  );
  const setup = assessmentSetupOf(call);
  const sortedPeople = people.toSorted((a, b) => compareNb(a.name, b.name));
  const expected = expectedAssessorIds(setup, sortedPeople);
  const assessmentsByApp = groupBy(assessments, (a) => a.applicationId);
  const conflictsByApp = groupBy(conflicts, (c) => c.applicationId);
  const out = new Map<string, ApplicationScoreSummary>();
  for (const application of applications) {
    const summary = summariseScores({
      criteria: criteriaForApplication(setup, application),
      assessments: assessmentsByApp.get(application.id) ?? [],
      conflicted: new Set((conflictsByApp.get(application.id) ?? []).map((c) => c.personId)),
      expected,
    });
    out.set(application.id, {
      applicationId: application.id,
      weightedTotal: summary.weightedTotal,
      averageByCriterion: summary.averageByCriterion,
      assessorsDone: summary.done,
      assessorsMissing: summary.missing,
    });
  }
  return out;
}

export interface CallConflict {
  applicationId: string;
  personId: string;
  personName: string;
  ground: string;
  groundLabel: string;
  note?: string;
}

/** Every conflict of interest in the call, by application (in the call's order) then name. */
export async function conflictsForCall(db: AppDatabase, callId: string): Promise<CallConflict[]> {
  const { applications, conflicts, people } = await db.transaction(
    'r',
    [db.calls, db.applications, db.assessments, db.conflicts, db.people],
    () => readCall(db, callId),
  );
  const order = new Map(applications.map((a, i) => [a.id, i]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  return conflicts
    .map((c): CallConflict => {
      const row: CallConflict = {
        applicationId: c.applicationId,
        personId: c.personId,
        personName: names.get(c.personId) ?? 'Ukjent person',
        ground: c.ground,
        groundLabel: CONFLICT_GROUND_LABELS[c.ground],
      };
      if (c.note) row.note = c.note;
      return row;
    })
    .sort(
      (a, b) =>
        (order.get(a.applicationId) ?? 0) - (order.get(b.applicationId) ?? 0) ||
        compareNb(a.personName, b.personName),
    );
}
