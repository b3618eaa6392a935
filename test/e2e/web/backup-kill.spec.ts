// The restore is all or nothing even when the program dies in the middle of it: Chromium is killed
// (SIGKILL) while the restore writes, and on reopening the data is either exactly as before or the
// backup complete, never half, and the change log verifies.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { test, expect, OFFICER } from './fixtures';
import { FirstRunPage } from './pages/first-run-page';
import { BackupSection } from './pages/backup-page';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { CHROMIUM_ARGS } from '../chromium-args';
import { countRows } from './seeds/raw-db';
import { changeLogVerifies, createCallAfterBackup, fillApplications, loadBackupBundle } from './seeds/backup-work';

const APPLICATIONS = 20_000;
const STORES = [
  'municipalities', 'settings', 'calls', 'organisations', 'applications', 'screenings', 'screeningSummaries', 'letters', 'changeLog',
] as const;

test.describe.configure({ timeout: 300_000 });

async function launch(profile: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, baseURL, acceptDownloads: true });
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
  let context = await launch(profile, baseURL!);
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    const firstRun = new FirstRunPage(page);
    await firstRun.open();
    await firstRun.complete(OFFICER.municipality, OFFICER.name);
    await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    await fillApplications(page, APPLICATIONS);

    // The backup, taken through the page as the officer takes it.
    const backup = new BackupSection(page);
    await backup.open();
    const download = await backup.takeBackup();
    const file = join(test.info().outputPath(), download.suggestedFilename());
    await download.saveAs(file);
    const inBackup = await countRows(page, STORES);

    // Work after the backup: a logged write the restore would undo.
    await createCallAfterBackup(page);
    const before = await countRows(page, STORES);
    expect(before.calls).toBe(inBackup.calls + 1);

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
    await loadBackupBundle(page);
    const after = await countRows(page, STORES);
    const restored = { ...inBackup, changeLog: inBackup.changeLog + 1 };
    // Never half: every table as before, or every table as in the backup (plus the restore's log entry).
    expect([before, restored]).toContainEqual(after);
    const outcome = after.calls === before.calls ? 'old data intact' : 'backup complete';
    test.info().annotations.push({ type: 'outcome', description: outcome });
    console.log(`[kill mid-restore] ${outcome}: ${JSON.stringify(after)}`);
    expect(await changeLogVerifies(page)).toBe(true);
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
});
