// What one assessor's scoring sheet is made from: the call's setup, and the applications they may
// score (withdrawn, decided and conflicted ones left out), each with their scores so far.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { AssessmentCriterion, ScoreScale } from '@renderer/domain/assessment';
import { assessmentSetupOf, criteriaForApplication } from '@renderer/domain/assessment/default-criteria';
import { isApplicationEditable } from '@renderer/domain/workflow';
import { EntityNotFoundError } from '../errors';
import { compareNb } from '@renderer/domain/collate';

export interface SheetSourceRow {
  application: Application;
  organisationName: string;
  criterionIds: string[];
  scores: Record<string, number>;
  comment: string;
}

export interface SheetSource {
  call: { id: string; title: string };
  person: { id: string; name: string };
  scale: ScoreScale;
  criteria: AssessmentCriterion[];
  rows: SheetSourceRow[];
  /** Applications left out because the person has a conflict of interest. */
  conflictedTitles: string[];
}

export async function scoringSheetSource(db: AppDatabase, callId: string, personId: string): Promise<SheetSource> {
  return db.transaction('r', [db.calls, db.people, db.applications, db.organisations, db.conflicts, db.assessments], async () => {
    const call = await db.calls.get(callId);
    if (!call) throw new EntityNotFoundError('calls', callId);
    const person = await db.people.get(personId);
    if (!person) throw new EntityNotFoundError('people', personId);
    const setup = assessmentSetupOf(call);
    const applications = (await db.applications.where('callId').equals(callId).toArray())
      .filter((a) => isApplicationEditable(a.status))
      .sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || compareNb(a.title, b.title));
    const [organisations, conflicts, assessments] = await Promise.all([
      db.organisations.bulkGet([...new Set(applications.map((a) => a.organisationId))]),
      db.conflicts.where('personId').equals(personId).toArray(),
      db.assessments.where('personId').equals(personId).toArray(),
    ]);
    const orgName = new Map(organisations.filter((o) => o !== undefined).map((o) => [o.id, o.name]));
    const conflicted = new Set(conflicts.map((c) => c.applicationId));
    const mine = new Map(assessments.map((a) => [a.applicationId, a]));
    return {
      call: { id: call.id, title: call.title },
      person: { id: person.id, name: person.name },
      scale: setup.scale,
      criteria: setup.criteria,
      rows: applications
        .filter((a) => !conflicted.has(a.id))
        .map((a) => ({
          application: a,
          organisationName: orgName.get(a.organisationId) ?? '',
          criterionIds: criteriaForApplication(setup, a).map((c) => c.id),
          scores: mine.get(a.id)?.scores ?? {},
          comment: mine.get(a.id)?.comment ?? '',
        })),
      conflictedTitles: applications.filter((a) => conflicted.has(a.id)).map((a) => a.title),
    };
  });
}
