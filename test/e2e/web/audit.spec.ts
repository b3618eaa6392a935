// Data an auditor can trust, in the browser: an application's amount changed straight in IndexedDB
// is named by the check, and a password-encrypted backup restores only with its password.
import AxeBuilder from '@axe-core/playwright';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ApplicationForm, ApplicationList } from './pages/applications-page';
import { SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';
import { BackupSection } from './pages/backup-page';
import { ChangeLogPage } from './pages/change-log-page';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? resolve(import.meta.dirname, '../../../screenshots');

async function expectNoSeriousAxe(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

/** What an attacker with the browser's devtools would do: rewrite the row, leave the log alone. */
async function raiseAmountBehindTheProgramsBack(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('applications', 'readwrite');
    const store = tx.objectStore('applications');
    const rows = await new Promise<{ id: string; amountAppliedOre: number }[]>((resolve) => {
      const req = store.getAll();
      req.onsuccess = () => resolve(req.result as { id: string; amountAppliedOre: number }[]);
    });
    const row = rows[0]!;
    store.put({ ...row, amountAppliedOre: 99_900_000 });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return row.id;
  });
}

test('an amount changed directly in IndexedDB is named by the check', async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedCallAndOrganisation(page);
  const list = new ApplicationList(page);
  await list.open();
  await list.newButton.click();
  const form = new ApplicationForm(page);
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill('Språkkafé for nyankomne');
  await form.chooseKind('Enkelttiltak');
  await form.subGoal('A').check();
  await form.amount.fill('40 000');
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Språkkafé for nyankomne' })).toBeVisible();

  const log = new ChangeLogPage(page);
  await log.openFromSettings();
  await log.verify.click();
  await expect(log.report).toContainText(/Kjeden: \d+ oppføringer henger sammen/);
  // The call and organisation were seeded without the program, so they are (rightly) named…
  await expect(log.report).toContainText(`Organisasjon ${SEED_ORG.id} finnes, men har ingen oppføring i endringsloggen.`);
  // …but the application the program saved matches its log, and the anchor was kept.
  await expect(log.report).not.toContainText('Søknad');
  await expect(log.report).toContainText(/Ankeret: loggens siste oppføring \(\d+\) er den samme som ankeret/);

  const id = await raiseAmountBehindTheProgramsBack(page);
  await log.verify.click();
  await expect(log.report).toHaveAttribute('data-verdict', 'wrong');
  await log.report.getByText('Tekniske detaljer').click();
  const line = log.report.getByText(`Søknad ${id} er endret utenom programmet: amountAppliedOre er ikke lik`, { exact: false });
  await expect(line).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'audit-direct-edit.png'), fullPage: true });
  await expectNoSeriousAxe(page);
});

test('an encrypted backup restores only with its password, and the restore is logged', async ({ signedIn, page }) => {
  test.setTimeout(150_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const backup = new BackupSection(page);
  await backup.open();

  await backup.section.getByRole('checkbox', { name: 'Krypter sikkerhetskopien med passord' }).check();
  await backup.section.getByLabel('Passord', { exact: true }).fill('kort');
  await backup.backupNow.click();
  await expect(backup.section.getByText('Passordet må ha minst 8 tegn.').first()).toBeVisible();
  await backup.section.getByLabel('Passord', { exact: true }).fill('Hemmelig-2024');
  await backup.section.getByLabel('Gjenta passordet').fill('Hemmelig-2024');
  await expectNoSeriousAxe(page);
  const download = await backup.takeBackup();
  const file = join(test.info().outputPath(), download.suggestedFilename());
  await download.saveAs(file);

  await backup.choose(file);
  const password = backup.section.getByLabel('Passord for sikkerhetskopien');
  await expect(password).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await password.fill('feil-passord');
  await backup.section.getByRole('button', { name: 'Åpne' }).click();
  await expect(backup.section.getByText('Passordet er feil, eller den krypterte sikkerhetskopien er skadet. Ingenting er gjenopprettet.')).toBeVisible({
    timeout: 30_000,
  });
  await expect(backup.preview).toHaveCount(0);

  await password.fill('Hemmelig-2024');
  await backup.section.getByRole('button', { name: 'Åpne' }).click();
  await expect(backup.preview).toBeVisible({ timeout: 30_000 });
  await expect(backup.preview.getByTestId('audit-report')).toHaveAttribute('data-verdict', 'ok');
  await expect(backup.preview).toContainText('som ble signert da sikkerhetskopien ble laget');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'audit-encrypted-preview.png'), fullPage: true });
  await expectNoSeriousAxe(page);

  await backup.confirmRestore();
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const log = new ChangeLogPage(page);
  await log.openFromSettings();
  await expect(log.table.getByRole('row').nth(1)).toContainText('Gjenopprettet fra sikkerhetskopi');
  await log.verify.click();
  await expect(log.report).toHaveAttribute('data-verdict', 'ok');
});

test('the Personvern page says what is stored, where, for how long and how to remove it', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.goto('/#/innstillinger');
  await page.getByRole('link', { name: 'Les om personvern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personvern' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  for (const heading of ['Hva som lagres', 'Hvor det lagres', 'Hvor lenge', 'Slik fjerner du opplysningene']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await page.screenshot({ path: join(SCREENSHOTS, 'personvern.png'), fullPage: true });
  await expectNoSeriousAxe(page);
});
