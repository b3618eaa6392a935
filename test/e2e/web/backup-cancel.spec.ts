// «Avbryt» during a backup and during a restore (both run in a worker): a cancelled backup saves no
// file, a cancelled restore leaves the data exactly as it was, and the window answers meanwhile.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { BackupSection } from './pages/backup-page';
import { backupBundle } from '../../../scripts/bench/backup-bundle';

const APPLICATIONS = 20_000;
const STORES = ['calls', 'organisations', 'applications', 'changeLog'] as const;

test.describe.configure({ timeout: 300_000 });

/** Row counts per store, read raw. */
function counts(page: Page): Promise<Record<string, number>> {
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

/** Many applications (the test generator's), written raw, so backup and restore take seconds. */
async function fill(page: Page): Promise<void> {
  await page.evaluate(await backupBundle());
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

test('«Avbryt» stops a backup with no file and a restore with the data as before', async ({ signedIn, page }) => {
  void signedIn;
  await fill(page);
  const backup = new BackupSection(page);
  await backup.open();
  let downloads = 0;
  page.on('download', () => downloads++);

  // A backup cancelled while the worker reads the tables: nothing is downloaded.
  await backup.backupNow.click();
  await expect(backup.section.getByText(/Lager sikkerhetskopi: [\d\s ]+ av/)).toBeVisible({ timeout: 60_000 });
  await backup.section.getByRole('button', { name: 'Avbryt', exact: true }).click();
  await expect(backup.section.getByText('Sikkerhetskopien ble avbrutt. Ingen fil er lagret.')).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(downloads).toBe(0);
  expect(await axeViolations(page)).toEqual([]);

  // A whole backup, then a logged change it does not hold.
  const download = await backup.takeBackup();
  const file = join(test.info().outputPath(), download.suggestedFilename());
  await download.saveAs(file);
  await page.goto('/#/utlysninger');
  await page.evaluate(await backupBundle());
  await page.evaluate(async () => {
    const b = (globalThis as unknown as { __backup: { createCall: (ctx: unknown, input: object) => Promise<unknown>; defaultContext: () => unknown } }).__backup;
    await b.createCall(b.defaultContext(), { year: 2026, title: 'Etter sikkerhetskopien', municipalityId: '4601', deadline: '2026-03-01', budgetFrameOre: 100_000_000 });
  });
  const before = await counts(page);

  // The restore cancelled while it writes: the data is as before and the log still verifies.
  await backup.open();
  await backup.choose(file);
  await expect(backup.preview).toBeVisible({ timeout: 120_000 });
  await backup.confirmRestore();
  await expect(page.getByTestId('restore-progress')).toContainText(/Gjenoppretter: [1-9]/, { timeout: 120_000 });
  // The window answers while the worker writes: the page's own script runs at once.
  const answered = await page.evaluate(() => new Promise<number>((resolve) => {
    const t0 = performance.now();
    setTimeout(() => resolve(performance.now() - t0), 0);
  }));
  expect(answered).toBeLessThan(1_000);
  await expect(backup.confirmDialog.getByRole('status')).toContainText(/Gjenoppretter: [1-9]/);
  await backup.confirmDialog.getByRole('button', { name: 'Avbryt gjenopprettingen' }).click();
  await expect(backup.section.getByText('Gjenopprettingen ble avbrutt. Dataene er som før.')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: join(test.info().outputPath(), 'restore-cancelled.png'), fullPage: true });
  expect(await counts(page)).toEqual(before);
  const verified = await page.evaluate(async () => {
    const b = (globalThis as unknown as { __backup: { verifyChangeLog: (db: unknown) => Promise<{ ok: boolean }>; getDb: () => unknown } }).__backup;
    return b.verifyChangeLog(b.getDb());
  });
  expect(verified).toMatchObject({ ok: true });
});
