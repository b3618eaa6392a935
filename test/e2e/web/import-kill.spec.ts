// The browser is killed (SIGKILL) while a batched import of 3 000 rows is being committed. On
// reopening, the import is either all there or not there at all (applications, organisations,
// screenings and their summaries), and the change log's hash chain verifies.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { CHROMIUM_ARGS } from '../chromium-args';
import { TINY_SIZE } from '../../../scripts/bench/generate';
import { openBlank } from '../../../scripts/bench/harness';
import { loadPageApi } from '../../../scripts/bench/write-paths';

const ROWS = 3_000;

async function open(profile: string, baseURL: string): Promise<{ context: BrowserContext; call: Awaited<ReturnType<typeof loadPageApi>> }> {
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const page = context.pages()[0] ?? (await context.newPage());
  await openBlank(page, baseURL);
  return { context, call: await loadPageApi(page) };
}

/** The browser's own process: the one started with this profile and no --type (children have one). */
function browserPid(profile: string): number {
  const lines = execFileSync('ps', ['-eo', 'pid=,args=']).toString().split('\n');
  const main = lines.find((l) => l.includes(`--user-data-dir=${profile}`) && !l.includes('--type='));
  if (!main) throw new Error('found no browser process for the profile');
  return Number(main.trim().split(/\s+/)[0]);
}

test('killing the browser mid-commit leaves the import all there or not there, and the log verifies', async ({ baseURL }, testInfo) => {
  test.setTimeout(240_000);
  const profile = mkdtempSync(join(tmpdir(), 'import-kill-'));
  try {
    const first = await open(profile, baseURL!);
    await first.call('fill', TINY_SIZE);
    const before = await first.call('state');
    await first.call('prepareImport', ROWS);
    const page = first.context.pages()[0]!;
    const pid = browserPid(profile);
    await first.call('startCommit');
    // The commit is under way (its reads and planning take a while at 3 000 rows): kill mid-write.
    await page.waitForTimeout(400);
    const doneBeforeKill = await page.evaluate(() => (globalThis as { __commitDone?: boolean }).__commitDone === true);
    process.kill(pid, 'SIGKILL');
    await first.context.close().catch(() => undefined);

    const second = await open(profile, baseURL!);
    const after = await second.call('state');
    await second.context.close();

    expect(after.chain.ok).toBe(true);
    const outcome = after.applications === before.applications ? 'nothing written' : 'all written';
    testInfo.annotations.push({ type: 'outcome', description: outcome });
    console.log(`  killed mid-commit: ${outcome}; ${after.log} change-log entries verify`);
    const nothing = { ...before, chain: after.chain };
    if (after.applications === before.applications) {
      expect(after).toEqual(nothing);
    } else {
      // All of it: every new application with its screening and summary, and more log rows.
      expect(after.applications).toBe(before.applications + ROWS);
      expect(after.screenings).toBe(after.applications);
      expect(after.summaries).toBe(after.applications);
      expect(after.log).toBeGreaterThan(before.log + 2 * ROWS);
    }
    // The test means something only if the kill came before the commit was done.
    expect(doneBeforeKill).toBe(false);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
