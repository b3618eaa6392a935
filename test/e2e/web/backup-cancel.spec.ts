// «Avbryt» during a backup and during a restore (both run in a worker): a cancelled backup saves no
// file, a cancelled restore leaves the data exactly as it was, and the window answers meanwhile.
import { join } from 'node:path';
import { test, expect, axeViolations } from './fixtures';
import { BackupSection } from './pages/backup-page';
import { countRows } from './seeds/raw-db';
import { changeLogVerifies, createCallAfterBackup, fillApplications } from './seeds/backup-work';

const APPLICATIONS = 20_000;
const STORES = ['calls', 'organisations', 'applications', 'changeLog'] as const;

test.describe.configure({ timeout: 300_000 });

test('«Avbryt» stops a backup with no file and a restore with the data as before', async ({ signedIn, page }) => {
  void signedIn;
  await fillApplications(page, APPLICATIONS);
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
  await createCallAfterBackup(page);
  const before = await countRows(page, STORES);

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
  expect(await countRows(page, STORES)).toEqual(before);
  expect(await changeLogVerifies(page)).toBe(true);
});
