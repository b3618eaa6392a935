// Rows from before schema v9 named the assessor by free text. v9 keys them by person: each distinct
// name becomes a person (utvalgsmedlem, active), and a conflict's reason becomes its note under
// § 6 second paragraph, the catch-all ground, since the old rows recorded no ground. Shared by the
// database upgrade and the backup migration, so both give the same ids.
import type { Assessment } from '../assessment';
import type { ConflictOfInterest } from '../conflict-of-interest';
import type { PersonRow } from '../person';
import { normalisePersonName } from '../person-name';

export interface LegacyAssessment {
  id: string;
  createdAt: string;
  updatedAt: string;
  applicationId: string;
  assessor: string;
  scores: Record<string, number>;
  comment?: string;
}

export interface LegacyConflict {
  id: string;
  createdAt: string;
  updatedAt: string;
  applicationId: string;
  assessor: string;
  reason: string;
  declaredDate: string;
}

export interface MigratedAssessmentRows {
  people: PersonRow[];
  assessments: Assessment[];
  conflicts: ConflictOfInterest[];
}

export function legacyPersonId(name: string): string {
  return `vurderer:${normalisePersonName(name).replace(/ /g, '-')}`;
}

/** Keeps the newest row per application and person (the old tables did not enforce one). */
function newestPerPair<T extends { applicationId: string; personId: string; updatedAt: string }>(rows: T[]): T[] {
  const byPair = new Map<string, T>();
  for (const row of rows) {
    const key = `${row.applicationId}\u0000${row.personId}`;
    const kept = byPair.get(key);
    if (!kept || kept.updatedAt < row.updatedAt) byPair.set(key, row);
  }
  return [...byPair.values()];
}

function isLegacy(row: object): row is { assessor: string } {
  return typeof (row as { assessor?: unknown }).assessor === 'string';
}

export function migrateLegacyAssessmentRows(
  assessments: readonly object[],
  conflicts: readonly object[],
): MigratedAssessmentRows {
  const people = new Map<string, PersonRow>();
  const personFor = (name: string, at: string): string => {
    const id = legacyPersonId(name);
    const known = people.get(id);
    if (!known) people.set(id, { id, createdAt: at, updatedAt: at, name: name.trim(), role: 'utvalgsmedlem', active: true });
    else if (at < known.createdAt) people.set(id, { ...known, createdAt: at });
    return id;
  };
  const newAssessments = assessments.map((row): Assessment => {
    if (!isLegacy(row)) return row as Assessment;
    const { assessor, ...rest } = row as LegacyAssessment;
    return { ...rest, personId: personFor(assessor, rest.createdAt), source: 'program' };
  });
  const newConflicts = conflicts.map((row): ConflictOfInterest => {
    if (!isLegacy(row)) return row as ConflictOfInterest;
    const { assessor, reason, ...rest } = row as LegacyConflict;
    return {
      ...rest,
      personId: personFor(assessor, rest.createdAt),
      ground: 'annet_ledd',
      note: reason,
      declaredBy: 'saksbehandler',
    };
  });
  return {
    people: [...people.values()],
    assessments: newestPerPair(newAssessments),
    conflicts: newestPerPair(newConflicts),
  };
}
