// v9 keys assessments and conflicts by person: rows from v5 named the assessor by free text, and
// each distinct name becomes one person. Backups from before v9 are converted the same way.
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { migrateBackupRows } from '@renderer/services/backup/backup-migrate';
import type { BackupRows } from '@renderer/services/backup/backup-tables';
import { AssessmentSchema } from '@renderer/domain/assessment';
import { ConflictOfInterestSchema } from '@renderer/domain/conflict-of-interest';
import { PersonSchema } from '@renderer/domain/person';
import { migrateFrom } from './migration-harness';

const t1 = '2020-02-01T10:00:00.000Z';
const t2 = '2020-02-02T10:00:00.000Z';
const meta = (id: string, at = t1) => ({ id, createdAt: at, updatedAt: at });

const oldAssessments = [
  { ...meta('as1'), applicationId: 'a1', assessor: 'Per Hansen', scores: { k1: 5, k2: 4 }, comment: 'Godt' },
  { ...meta('as2'), applicationId: 'a2', assessor: ' per  hansen', scores: { k1: 2 } },
  { ...meta('as3'), applicationId: 'a1', assessor: 'Liv', scores: { k1: 3 } },
  // The old tables let the same name score twice: the newest row wins.
  { ...meta('as4', t2), applicationId: 'a1', assessor: 'Liv', scores: { k1: 6 } },
];
const oldConflicts = [{ ...meta('c1'), applicationId: 'a2', assessor: 'Liv', reason: 'Sitter i styret', declaredDate: '2020-02-01' }];

describe('migration v5 -> v9: assessments by person', () => {
  it('turns each distinct assessor name into a person and keys rows by person id', async () => {
    const db = await migrateFrom('mig9', 5, async (old) => {
      await old.table('assessments').bulkPut(oldAssessments);
      await old.table('conflicts').bulkPut(oldConflicts);
    });
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const people = await db.people.orderBy('name').toArray();
    expect(people.map((p) => [p.name, p.role, p.active])).toEqual([
      ['Liv', 'utvalgsmedlem', true],
      ['Per Hansen', 'utvalgsmedlem', true],
    ]);
    for (const p of people) PersonSchema.parse(p);
    const per = people.find((p) => p.name === 'Per Hansen')!;
    const liv = people.find((p) => p.name === 'Liv')!;

    const assessments = await db.assessments.orderBy('id').toArray();
    expect(assessments.map((a) => [a.id, a.applicationId, a.personId, a.scores])).toEqual([
      ['as1', 'a1', per.id, { k1: 5, k2: 4 }],
      ['as2', 'a2', per.id, { k1: 2 }],
      ['as4', 'a1', liv.id, { k1: 6 }],
    ]);
    for (const a of assessments) AssessmentSchema.parse(a);
    expect(assessments[0]).not.toHaveProperty('assessor');
    expect(await db.assessments.where('[applicationId+personId]').equals(['a1', liv.id]).count()).toBe(1);

    const conflicts = await db.conflicts.toArray();
    expect(conflicts).toEqual([
      { ...meta('c1'), applicationId: 'a2', personId: liv.id, ground: 'annet_ledd', note: 'Sitter i styret', declaredBy: 'saksbehandler', declaredDate: '2020-02-01' },
    ]);
    ConflictOfInterestSchema.parse(conflicts[0]);
    db.close();
  });

  it('converts a v5 backup to the same rows', async () => {
    const empty = { municipalities: [], settings: [], calls: [], organisations: [], applications: [], screenings: [], meetings: [], decisions: [], letters: [], payments: [], reports: [], appeals: [], changeLog: [], importMappings: [] };
    const rows = migrateBackupRows(
      { ...empty, assessments: oldAssessments, conflicts: oldConflicts } as unknown as BackupRows,
      5,
      CURRENT_SCHEMA_VERSION,
    );
    const db = await migrateFrom('mig9b', 5, async (old) => {
      await old.table('assessments').bulkPut(oldAssessments);
      await old.table('conflicts').bulkPut(oldConflicts);
    });
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id));
    expect(rows.people.toSorted(byId)).toEqual(await db.people.orderBy('id').toArray());
    expect(rows.assessments.toSorted(byId)).toEqual(await db.assessments.orderBy('id').toArray());
    expect(rows.conflicts).toEqual(await db.conflicts.toArray());
    db.close();
  });

  it('leaves an empty database empty', async () => {
    const db = await migrateFrom('mig9c', 5, async () => undefined);
    expect(await db.people.count()).toBe(0);
    db.close();
  });
});
