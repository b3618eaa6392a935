// Opens the database as an older release would (only its schema versions), so a test can write
// old-shaped rows, then reopen with today's AppDatabase and check what the upgrade made of them.
import { Dexie } from 'dexie';
import { AppDatabase } from '@renderer/data/db';
import { SCHEMA_VERSIONS, applySchemaVersions } from '@renderer/data/schema';

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
