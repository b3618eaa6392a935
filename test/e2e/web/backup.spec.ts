// Backup and restore in the browser: a backup is downloaded, the data is lost, the file is
// restored (after a preview and a confirmation that saves today's data first) and the data is back.
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CallForm, CallList } from './pages/calls';
import { BackupSection } from './pages/backup-page';
import { ChangeLogPage } from './pages/change-log-page';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? resolve(import.meta.dirname, '../../../screenshots');
const CALL_TITLE = 'Tilskudd som skal gjenopprettes';

test.describe.configure({ timeout: 120_000 });

async function createCall(page: Page): Promise<void> {
  const list = new CallList(page);
  await list.open();
  await list.newButton.click();
  const form = new CallForm(page);
  await form.fill({ year: '2024', title: CALL_TITLE, deadline: '2024-02-05', frame: '1 000 000' });
  await form.submit.click();
  await expect(page.getByRole('heading', { level: 1, name: CALL_TITLE })).toBeVisible();
}

/** Empties the calls table behind the app's back, as lost data would look. */
async function loseCalls(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('calls', 'readwrite');
    tx.objectStore('calls').clear();
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

test('a downloaded backup brings lost data back, and the change log is whole afterwards', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await createCall(page);

  const backup = new BackupSection(page);
  await backup.open();
  await expect(page.getByTestId('storage-status')).not.toHaveText('Sjekker lagringen …');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  const download = await backup.takeBackup();
  expect(download.suggestedFilename()).toMatch(/^sikkerhetskopi-\d{4}-\d{2}-\d{2}-\d{6}\.zip$/);
  await expect(backup.section.getByText(`Sikkerhetskopien er lastet ned som ${download.suggestedFilename()}`)).toBeVisible();
  const file = join(test.info().outputPath(), download.suggestedFilename());
  await download.saveAs(file);

  await loseCalls(page);
  const list = new CallList(page);
  await list.open();
  await expect(page.getByText(CALL_TITLE)).toHaveCount(0);

  await backup.open();
  await backup.choose(file);
  await expect(backup.preview).toBeVisible();
  await expect(backup.preview.getByRole('row', { name: /Utlysninger\s*1/ })).toBeVisible();
  await expect(backup.preview).toContainText(/Kjeden: \d+ oppføringer henger sammen, og ingen er endret\./);
  await expect(backup.preview.getByTestId('audit-report')).toHaveAttribute('data-verdict', 'ok');
  // From the top: a full-page shot of a scrolled page draws the fixed app bar mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'backup-restore-preview.png'), fullPage: true });
  const axeAfter = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axeAfter.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await backup.section.getByRole('button', { name: 'Gjenopprett …' }).click();
  await expect(backup.confirmDialog).toContainText('Først lastes en sikkerhetskopi av dagens data ned');
  await page.screenshot({ path: join(SCREENSHOTS, 'backup-restore-confirm.png') });
  await backup.confirmDialog.getByRole('button', { name: 'Avbryt' }).click();
  const safety = await backup.confirmRestore();
  expect(safety.suggestedFilename()).toMatch(/^sikkerhetskopi-.*\.zip$/);

  // The page reloads with the restored database and says what happened.
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(backup.section.getByText(/er gjenopprettet\. Dataene slik de var før, ble lagret som sikkerhetskopi-/)).toBeVisible({
    timeout: PAGE_LOAD_TIMEOUT,
  });
  await list.open();
  await expect(list.row(CALL_TITLE)).toBeVisible();

  const log = new ChangeLogPage(page);
  await log.openFromSettings();
  await log.verify.click();
  // The restore is logged, and the anchor follows the restored log.
  await expect(log.table.getByRole('row').nth(1)).toContainText('Gjenopprettet fra sikkerhetskopi');
  await expect(log.report).toHaveAttribute('data-verdict', 'ok');
});

test('a file that is not a backup is refused with a Norwegian message', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const backup = new BackupSection(page);
  await backup.open();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), backup.chooseFile.click()]);
  await chooser.setFiles({ name: 'notater.json', mimeType: 'application/json', buffer: Buffer.from('{"hei":1}') });
  await expect(backup.section.getByRole('alert')).toHaveText('Filen er ikke en sikkerhetskopi fra Tilskudd frivillige.');
  await expect(backup.preview).toHaveCount(0);
});
