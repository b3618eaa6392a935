// One application's assessment, read live: the criteria it is scored on, every assessor's scores,
// the conflicts, and the summary (conflicted scores left out).
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Assessment, AssessmentCriterion, CallAssessmentSetup } from '@renderer/domain/assessment';
import { assessmentSetupOf, criteriaForApplication, expectedAssessorIds } from '@renderer/domain/assessment/default-criteria';
import { summariseScores, type ScoreSummary } from '@renderer/domain/assessment/scores';
import type { ConflictOfInterest } from '@renderer/domain/conflict-of-interest';
import type { Organisation } from '@renderer/domain/organisation';
import { listPeople, type Person } from '@renderer/services/assessment/people';

export interface ApplicationAssessment {
  application: Application;
  organisation: Organisation | undefined;
  setup: CallAssessmentSetup;
  criteria: AssessmentCriterion[];
  people: Person[];
  /** Expected assessors plus anyone else who has scored or declared a conflict. */
  assessors: Person[];
  assessments: Assessment[];
  conflicts: ConflictOfInterest[];
  summary: ScoreSummary;
}

export function useApplicationAssessment(applicationId: string): ApplicationAssessment | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const application = await db.applications.get(applicationId);
    if (!application) return null;
    const [call, organisation, people, assessments, conflicts] = await Promise.all([
      db.calls.get(application.callId),
      db.organisations.get(application.organisationId),
      listPeople(db),
      db.assessments.where('applicationId').equals(applicationId).toArray(),
      db.conflicts.where('applicationId').equals(applicationId).toArray(),
    ]);
    if (!call) return null;
    const setup = assessmentSetupOf(call);
    const criteria = criteriaForApplication(setup, application);
    const expected = expectedAssessorIds(setup, people);
    const involved = new Set([...expected, ...assessments.map((a) => a.personId), ...conflicts.map((c) => c.personId)]);
    return {
      application,
      organisation,
      setup,
      criteria,
      people,
      assessors: people.filter((p) => involved.has(p.id)),
      assessments,
      conflicts,
      summary: summariseScores({ criteria, assessments, conflicted: new Set(conflicts.map((c) => c.personId)), expected }),
    };
  }, [applicationId]);
}
