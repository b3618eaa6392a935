// Opens the database as an older release would (only its schema versions), so a test can write
// old-shaped rows, then reopen with today's AppDatabase and check what the upgrade made of them.
import { Dexie } from 'dexie';
import { AppDatabase } from '@renderer/data/db';
import { SCHEMA_VERSIONS, applySchemaVersions } from '@renderer/data/schema';
import type { Application } from '@renderer/domain/application';

export async function openAtVersion(name: string, version: number): Promise<Dexie> {
  const older = SCHEMA_VERSIONS.filter((v) => v.version <= version);
  if (older.length === 0) throw new Error(`No schema version <= ${version}`);
  const db = new Dexie(name);
  applySchemaVersions(db, older);
  await db.open();
  return db;
}

/** Writes rows at `fromVersion` with `seed`, closes, and opens the current AppDatabase on top. */
export async function migrateFrom(
  name: string,
  fromVersion: number,
  seed: (db: Dexie) => Promise<unknown>,
): Promise<AppDatabase> {
  const old = await openAtVersion(name, fromVersion);
  try {
    await seed(old);
  } finally {
    old.close();
  }
  const current = new AppDatabase(name);
  await current.open();
  return current;
}

const at = '2020-02-01T10:00:00.000Z';

/** A whole application as stored, with long parts (description, budget lines), for tests that write raw rows. */
export function storedApplication(id: string, patch: Partial<Application> = {}): Application {
  return {
    id, createdAt: at, updatedAt: at, callId: 'c1', organisationId: 'o1', title: `Tiltak ${id}`, description: 'Lang beskrivelse. '.repeat(40),
    kind: 'enkelttiltak', subGoals: ['A'], targetGroups: ['flyktninger'], amountAppliedOre: 4_000_000,
    budgetLines: [{ category: 'aktivitet', description: 'Leie', amountOre: 1_000_000 }], location: 'norge',
    imdiSameActivity: false, receptionCentre: false, receivedDate: '2020-01-20', status: 'mottatt', ...patch,
  };
}
