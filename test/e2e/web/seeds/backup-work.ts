// The backup tests' shared steps, run in the page with the program's own code (backup-bundle.ts):
// a database of many applications, a logged write made after the backup, and the chain check.
import type { Page } from '@playwright/test';
import { backupBundle } from '../../../../scripts/bench/backup-bundle';
import { writeRowsInPage } from './raw-db';

type Gen = (o: { applications: number; seed: number; municipalityId: string }) => Record<string, unknown>;
interface BackupBundle {
  generateData: Gen;
  createCall: (ctx: unknown, input: object) => Promise<unknown>;
  defaultContext: () => unknown;
  verifyChangeLog: (db: unknown) => Promise<{ ok: boolean }>;
  getDb: () => unknown;
}

let bundle: Promise<string> | undefined;

/** Puts window.__backup in the page (built once per test file). */
export async function loadBackupBundle(page: Page): Promise<void> {
  bundle ??= backupBundle();
  await page.evaluate(await bundle);
}

/** The generator's rows for one call; runs in the page (self-contained), beside the bundle. */
function generatedRows(applications: number): Record<string, unknown[]> {
  const b = (globalThis as unknown as { __backup: BackupBundle }).__backup;
  const data = b.generateData({ applications, seed: 7, municipalityId: '4601' });
  return { calls: [data.call], organisations: data.organisations as unknown[], applications: data.applications as unknown[] };
}

/** Many applications (the test generator's), made in the page and written raw, so that a backup or restore takes seconds. */
export async function fillApplications(page: Page, applications: number): Promise<void> {
  await loadBackupBundle(page);
  await page.evaluate(`(${writeRowsInPage.toString()})((${generatedRows.toString()})(${applications}))`);
}

/** A logged write through the program's service: work done after the backup, which a restore undoes. */
export async function createCallAfterBackup(page: Page): Promise<void> {
  await loadBackupBundle(page);
  await page.evaluate(async () => {
    const b = (globalThis as unknown as { __backup: BackupBundle }).__backup;
    await b.createCall(b.defaultContext(), { year: 2026, title: 'Etter sikkerhetskopien', municipalityId: '4601', deadline: '2026-03-01', budgetFrameOre: 100_000_000 });
  });
}

/** The change log's chain check, as the program runs it. */
export async function changeLogVerifies(page: Page): Promise<boolean> {
  await loadBackupBundle(page);
  return page.evaluate(async () => {
    const b = (globalThis as unknown as { __backup: BackupBundle }).__backup;
    return (await b.verifyChangeLog(b.getDb())).ok;
  });
}
