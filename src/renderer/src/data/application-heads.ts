// The slim application table (schema v18) is derived data: the v18 upgrade fills it, the mirror
// (application-heads-mirror.ts) keeps it in step with every write made through the program, and a
// restore refills it through the same mirror. Rows written past the program (a test or benchmark
// seed writing raw IndexedDB) are caught by the lists' readers, which compare the count of heads
// with the count of applications and, when they differ, derive the table again here.
import type { EntityTable } from 'dexie';
import type { Application } from '@renderer/domain/application';
import { applicationHeadOf, type ApplicationHead } from '@renderer/domain/application-head';
import type { AppDatabase } from './db';

/** Applications read at a time: the whole records of 50 000 never sit in memory together. */
const PAGE = 5_000;

/** Writes the head of every application, a page at a time. Call inside a transaction holding both tables. */
export async function fillApplicationHeads(applications: EntityTable<Application, 'id'>, heads: EntityTable<ApplicationHead, 'id'>): Promise<void> {
  let last: string | undefined;
  for (;;) {
    const page = await (last === undefined ? applications.orderBy(':id') : applications.where(':id').above(last)).limit(PAGE).toArray();
    if (page.length === 0) return;
    await heads.bulkPut(page.map(applicationHeadOf));
    last = page[page.length - 1]!.id;
  }
}

/** Derives the whole table again from the applications, in one transaction. */
export async function rebuildApplicationHeads(db: AppDatabase): Promise<void> {
  await db.transaction('rw', db.applications, db.applicationHeads, async () => {
    await db.applicationHeads.clear();
    await fillApplicationHeads(db.applications, db.applicationHeads);
  });
}

/** What a reader answers when it found fewer or more heads than applications. */
export const OUT_OF_STEP = Symbol('applicationHeads out of step');

/**
 * Runs `read`, which answers OUT_OF_STEP when the heads it read do not match the applications
 * (counted in the same read transaction); then derives the heads again and reads once more.
 */
export async function readInStep<T>(db: AppDatabase, read: () => Promise<T | typeof OUT_OF_STEP>): Promise<T> {
  const first = await read();
  if (first !== OUT_OF_STEP) return first;
  await rebuildApplicationHeads(db);
  const second = await read();
  // Only a write past the program between the two reads can get here.
  if (second === OUT_OF_STEP) throw new Error('Søknadslisten er ikke i takt med søknadene. Last inn siden på nytt.');
  return second;
}

/** Whether heads and applications (of one call, or all) count the same, both counted in one read. */
export async function headsInStep(db: AppDatabase, callId?: string): Promise<boolean> {
  return db.transaction('r', db.applications, db.applicationHeads, async () => {
    const [heads, applications] = await Promise.all(
      callId === undefined
        ? [db.applicationHeads.count(), db.applications.count()]
        : [db.applicationHeads.where('callId').equals(callId).count(), db.applications.where('callId').equals(callId).count()],
    );
    return heads === applications;
  });
}

/**
 * Derives the heads again when they are out of step with the applications; true when it did, so
 * the list reads again. Run after the rows are on screen: the counts are not free at 50 000.
 */
export async function ensureHeadsInStep(db: AppDatabase, callId?: string): Promise<boolean> {
  if (await headsInStep(db, callId)) return false;
  await rebuildApplicationHeads(db);
  return true;
}
