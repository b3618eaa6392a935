// «Å gjøre»: per assessor, the undecided applications of a call they are expected to score and
// have not (a declared conflict of interest takes them off that application). The rule of who is
// expected is the assessment summaries' own.
import type { AppDatabase } from '@renderer/data/db';
import { scoreSummariesForCall } from '../../assessment/summaries';
import { pendingApplicationIds } from './screening-todo';
import { assessmentSetupOf, expectedAssessorIds } from '@renderer/domain/assessment/default-criteria';

export interface AssessorTodo {
  personId: string;
  name: string;
  missing: number;
}

/** Assessors with something missing, most missing first. */
export async function countMissingAssessments(db: AppDatabase, callId: string): Promise<AssessorTodo[]> {
  // No one is to assess (no active people, or none chosen for the call): nothing can be missing, and
  // the call's applications (whole records, tens of megabytes in a big call) need not be read.
  // (A call that does not exist is left to scoreSummariesForCall, which says so.)
  const [call, people] = await Promise.all([db.calls.get(callId), db.people.toArray()]);
  if (call && expectedAssessorIds(assessmentSetupOf(call), people).length === 0) return [];
  const [summaries, pending] = await Promise.all([scoreSummariesForCall(db, callId), pendingApplicationIds(db, callId)]);
  const missing = new Map<string, number>();
  for (const id of pending) {
    for (const personId of summaries.get(id)?.assessorsMissing ?? []) missing.set(personId, (missing.get(personId) ?? 0) + 1);
  }
  const names = new Map(people.map((p) => [p.id, p.name]));
  return [...missing]
    .map(([personId, count]) => ({ personId, name: names.get(personId) ?? '', missing: count }))
    .sort((a, b) => b.missing - a.missing || a.name.localeCompare(b.name, 'nb'));
}
