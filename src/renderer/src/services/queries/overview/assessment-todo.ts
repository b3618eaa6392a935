// «Å gjøre»: per assessor, the undecided applications of a call they are expected to score and
// have not (a declared conflict of interest takes them off that application). The rule of who is
// expected is the assessment summaries' own.
import type { AppDatabase } from '@renderer/data/db';
import { scoreSummariesForCall } from '../../assessment/summaries';
import { pendingApplicationIds } from './screening-todo';

export interface AssessorTodo {
  personId: string;
  name: string;
  missing: number;
}

/** Assessors with something missing, most missing first. */
export async function countMissingAssessments(db: AppDatabase, callId: string): Promise<AssessorTodo[]> {
  const [summaries, pending, people] = await Promise.all([
    scoreSummariesForCall(db, callId),
    pendingApplicationIds(db, callId),
    db.people.toArray(),
  ]);
  const missing = new Map<string, number>();
  for (const id of pending) {
    for (const personId of summaries.get(id)?.assessorsMissing ?? []) missing.set(personId, (missing.get(personId) ?? 0) + 1);
  }
  const names = new Map(people.map((p) => [p.id, p.name]));
  return [...missing]
    .map(([personId, count]) => ({ personId, name: names.get(personId) ?? '', missing: count }))
    .sort((a, b) => b.missing - a.missing || a.name.localeCompare(b.name, 'nb'));
}
