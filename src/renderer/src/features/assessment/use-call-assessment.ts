// Everything the assessment overview shows for one call, read live so it follows every score,
// conflict and sheet read in.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { assessmentSetupOf, expectedAssessorIds } from '@renderer/domain/assessment/default-criteria';
import { listPeople, type Person } from '@renderer/services/assessment/people';
import {
  conflictsForCall,
  isAssessed,
  scoreSummariesForCall,
  type ApplicationScoreSummary,
  type CallConflict,
} from '@renderer/services/assessment/summaries';
import { compareNb } from '@renderer/domain/collate';

export interface CallAssessment {
  call: Call;
  applications: { application: Application; organisationName: string }[];
  summaries: Map<string, ApplicationScoreSummary>;
  conflicts: CallConflict[];
  people: Person[];
  /** The people expected to score this call. */
  assessors: Person[];
}

export function useCallList(): Call[] | undefined {
  return useLiveQuery(async () => {
    const calls = await getDb().calls.toArray();
    return calls.sort((a, b) => b.year - a.year || compareNb(a.title, b.title));
  }, []);
}

/** undefined while loading, null when there is no such call. */
export function useCallAssessment(callId: string | undefined): CallAssessment | null | undefined {
  return useLiveQuery(async () => {
    if (!callId) return null;
    const db = getDb();
    const call = await db.calls.get(callId);
    if (!call) return null;
    const applications = (await db.applications.where('callId').equals(callId).toArray())
      .filter(isAssessed)
      .sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || compareNb(a.title, b.title));
    const organisations = await db.organisations.bulkGet([...new Set(applications.map((a) => a.organisationId))]);
    const orgName = new Map(organisations.filter((o) => o !== undefined).map((o) => [o.id, o.name]));
    const [summaries, conflicts, people] = await Promise.all([
      scoreSummariesForCall(db, callId),
      conflictsForCall(db, callId),
      listPeople(db),
    ]);
    const expected = new Set(expectedAssessorIds(assessmentSetupOf(call), people));
    return {
      call,
      applications: applications.map((application) => ({ application, organisationName: orgName.get(application.organisationId) ?? '' })),
      summaries,
      conflicts,
      people,
      assessors: people.filter((p) => expected.has(p.id)),
    };
  }, [callId]);
}
