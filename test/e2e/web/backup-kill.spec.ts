// The restore is all or nothing even when the program dies in the middle of it: Chromium is killed
// (SIGKILL) while the restore writes, and on reopening the data is either exactly as before or the
// backup complete, never half, and the change log verifies.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { test, expect, OFFICER } from './fixtures';
import { FirstRunPage } from './pages/first-run-page';
import { BackupSection } from './pages/backup-page';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { CHROMIUM_ARGS } from '../chromium-args';
import { backupBundle } from '../../../scripts/bench/backup-bundle';

const APPLICATIONS = 20_000;
const STORES = [
  'municipalities', 'settings', 'calls', 'organisations', 'applications', 'screenings', 'screeningSummaries', 'letters', 'changeLog',
] as const;

test.describe.configure({ timeout: 300_000 });

type Counts = Record<string, number>;

async function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, baseURL, acceptDownloads: true });
}

/** Row counts per store, read raw. */
function counts(page: Page): Promise<Counts> {
  return page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction([...stores], 'readonly');
    const out: Record<string, number> = {};
    await Promise.all(stores.map((s) => new Promise<void>((resolve) => {
      const req = tx.objectStore(s).count();
      req.onsuccess = () => ((out[s] = req.result), resolve());
    })));
    db.close();
    return out;
  }, STORES);
}

/** Many applications (the test generator's), written raw, so the restore takes seconds. */
async function fill(page: Page): Promise<void> {
  await page.evaluate(async (applications) => {
    type Gen = (o: { applications: number; seed: number; municipalityId: string }) => Record<string, unknown>;
    const data = (globalThis as unknown as { __backup: { generateData: Gen } }).__backup.generateData({ applications, seed: 7, municipalityId: '4601' });
    const rows: Record<string, unknown[]> = { calls: [data.call], organisations: data.organisations as unknown[], applications: data.applications as unknown[] };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(Object.keys(rows), 'readwrite');
    for (const [store, list] of Object.entries(rows)) for (const row of list) tx.objectStore(store).put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, APPLICATIONS);
}

/** The browser process of this profile only (never any other Chromium on the machine). */
function killBrowser(profile: string): void {
  const lines = execFileSync('ps', ['-eo', 'pid=,args=']).toString().split('\n');
  const main = lines.find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
  if (!main) throw new Error('the browser process was not found');
  process.kill(Number(main.trim().split(/\s+/)[0]), 'SIGKILL');
}

test('a restore killed half-way leaves the old data or the whole backup, and a log that verifies', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'kill-restore-'));
  const bundle = await backupBundle();
  let context = await launch(profile, baseURL!);
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    const firstRun = new FirstRunPage(page);
    await firstRun.open();
    await firstRun.complete(OFFICER.municipality, OFFICER.name);
    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    await page.evaluate(bundle);
    await fill(page);

    // The backup, taken through the page as the officer takes it.
    const backup = new BackupSection(page);
    await backup.open();
    const download = await backup.takeBackup();
    const file = join(test.info().outputPath(), download.suggestedFilename());
    await download.saveAs(file);
    const inBackup = await counts(page);

    // Work after the backup: a logged write the restore would undo.
    await page.evaluate(bundle);
    await page.evaluate(async () => {
      const b = (globalThis as unknown as { __backup: { createCall: (ctx: unknown, input: object) => Promise<unknown>; defaultContext: () => unknown } }).__backup;
      await b.createCall(b.defaultContext(), { year: 2026, title: 'Etter sikkerhetskopien', municipalityId: '4601', deadline: '2026-03-01', budgetFrameOre: 100_000_000 });
    });
    const before = await counts(page);
    expect(before.calls).toBe(inBackup.calls! + 1);

    await backup.open();
    await backup.choose(file);
    await expect(backup.preview).toBeVisible({ timeout: 120_000 });
    await backup.confirmRestore();
    // Killed as soon as the restore has written its first chunks, long before it is done.
    await expect(page.getByTestId('restore-progress')).toContainText(/Gjenoppretter: [1-9]/, { timeout: 120_000 });
    killBrowser(profile);
    await context.close().catch(() => undefined);

    context = await launch(profile, baseURL!);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto('/#/benk-uten-side');
    await page.evaluate(bundle);
    const after = await counts(page);
    const restored = { ...inBackup, changeLog: inBackup.changeLog! + 1 };
    // Never half: every table as before, or every table as in the backup (plus the restore's log entry).
    expect([before, restored]).toContainEqual(after);
    const outcome = after.calls === before.calls ? 'old data intact' : 'backup complete';
    test.info().annotations.push({ type: 'outcome', description: outcome });
    console.log(`[kill mid-restore] ${outcome}: ${JSON.stringify(after)}`);
    const verified = await page.evaluate(async () => {
      const b = (globalThis as unknown as { __backup: { verifyChangeLog: (db: unknown) => Promise<{ ok: boolean }>; getDb: () => unknown } }).__backup;
      return b.verifyChangeLog(b.getDb());
    });
    expect(verified).toMatchObject({ ok: true });
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});
