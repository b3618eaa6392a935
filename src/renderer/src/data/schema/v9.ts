// Version 9: assessment by person. A `people` table (committee members and officers); assessments
// and conflicts are keyed by person id instead of a free-text assessor name (rows from before are
// converted by domain/assessment/legacy-rows.ts, each distinct name becoming a person).
import { migrateLegacyAssessmentRows } from '@renderer/domain/assessment/legacy-rows';
import type { SchemaVersion } from './schema-version';

export const v9: SchemaVersion = {
  version: 9,
  stores: {
    people: 'id, name, active',
    assessments: 'id, applicationId, personId, [applicationId+personId]',
    conflicts: 'id, applicationId, personId, [applicationId+personId]',
  },
  upgrade: async (tx) => {
    const assessments = tx.table('assessments');
    const conflicts = tx.table('conflicts');
    const oldAssessments = (await assessments.toArray()) as object[];
    const oldConflicts = (await conflicts.toArray()) as object[];
    if (oldAssessments.length === 0 && oldConflicts.length === 0) return;
    const migrated = migrateLegacyAssessmentRows(oldAssessments, oldConflicts);
    await assessments.clear();
    await conflicts.clear();
    await tx.table('people').bulkPut(migrated.people);
    await assessments.bulkPut(migrated.assessments);
    await conflicts.bulkPut(migrated.conflicts);
  },
};
