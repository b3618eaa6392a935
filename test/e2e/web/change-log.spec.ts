// The change log in the browser: entries newest first, a filter, the chain check, and the CSV.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { CallForm, CallList } from './pages/calls';
import { ChangeLogPage } from './pages/change-log-page';
import { BackupSection } from './pages/backup-page';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { putRows } from './seeds/raw-db';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? resolve(import.meta.dirname, '../../../screenshots');

test.describe.configure({ timeout: 90_000 });

test('the change log lists changes, filters them, checks the chain and saves a CSV', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const list = new CallList(page);
  await list.open();
  await list.newButton.click();
  const form = new CallForm(page);
  await form.fill({ year: '2024', title: 'Tilskudd 2024', deadline: '2024-02-05', frame: '1 000 000' });
  await form.submit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilskudd 2024' })).toBeVisible();

  const log = new ChangeLogPage(page);
  await log.openFromSettings();
  await expect(log.table.getByRole('row').nth(1)).toContainText('Tilskudd 2024');
  await expect(log.count).toHaveText('2 oppføringer');

  await log.verify.click();
  await expect(log.report).toContainText('Kjeden: 2 oppføringer henger sammen, og ingen er endret.');
  await expect(log.report).toHaveAttribute('data-verdict', 'ok');
  await page.screenshot({ path: join(SCREENSHOTS, 'change-log.png'), fullPage: true });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await page.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Innstillinger' }).click();
  await expect(log.count).toHaveText('1 av 2 oppføringer');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lagre som CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^endringslogg-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe('nr;tidspunkt;utfort_av;type;id;handling;endrede_felt;for;etter;forrige_hash;hash');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(';Kari Nordmann;Innstillinger;app;Opprettet;');
});

test('the change log reads like a case history: an edit in plain words, a restore, and the raw entry on request', async ({ signedIn, page }) => {
  test.setTimeout(150_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const list = new CallList(page);
  await list.open();
  await list.newButton.click();
  const form = new CallForm(page);
  await form.fill({ year: '2024', title: 'Tilskudd 2024', deadline: '2024-02-05', frame: '1 000 000' });
  await form.submit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilskudd 2024' })).toBeVisible();

  // An edit through the call form.
  await page.getByRole('main').getByRole('link', { name: 'Endre', exact: true }).click();
  await page.getByRole('main').getByRole('textbox', { name: 'Budsjettramme' }).fill('1 200 000');
  await page.getByRole('main').getByLabel('Søknadsfrist').fill('2024-02-19');
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tilskudd 2024' })).toBeVisible();

  // A backup, restored at once: the restore itself is recorded.
  const backup = new BackupSection(page);
  await backup.open();
  const download = await backup.takeBackup();
  const file = join(test.info().outputPath(), download.suggestedFilename());
  await download.saveAs(file);
  await backup.choose(file);
  await expect(backup.preview).toBeVisible();
  await backup.confirmRestore();
  await expect(backup.section.getByText(/er gjenopprettet\./)).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });

  const log = new ChangeLogPage(page);
  await log.openFromSettings();
  const restore = log.table.getByRole('row').nth(1);
  await expect(restore).toContainText('Gjenopprettet fra sikkerhetskopi');
  await expect(restore).toContainText('Alle data i programmet');
  await expect(restore).toContainText(/Alle data ble erstattet med innholdet i sikkerhetskopien fra \d{2}\.\d{2}\.\d{4} kl\. \d{2}:\d{2}\./);

  const edit = log.table.getByRole('row').filter({ hasText: 'Budsjettramme' });
  await expect(edit).toContainText('Tilskudd 2024');
  await expect(edit).toContainText('Budsjettramme: kr 1 000 000 → kr 1 200 000');
  await expect(edit).toContainText('Søknadsfrist: 05.02.2024 → 19.02.2024');
  await expect(edit).not.toContainText('budgetFrameOre');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'change-log-readable.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);

  // Ids and raw values stay available, in the detail view.
  await edit.getByRole('button', { name: /^Vis detaljer for oppføring \d+$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Oppføring \d+ i endringsloggen$/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Etter')).toContainText('"budgetFrameOre": 120000000');
  await page.screenshot({ path: join(SCREENSHOTS, 'change-log-entry-details.png') });
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(dialog).toBeHidden();
});

/** Entries about calls written straight into IndexedDB: a log far longer than one page. */
async function seedLongLog(page: Page, count: number): Promise<void> {
  const entries = Array.from({ length: count }, (_, n) => {
    const i = n + 1;
    const id = `call-${i}`;
    return {
      at: '2024-03-01T10:00:00.000Z', actor: i % 2 ? 'Kari Nordmann' : 'Ola Nordmann', entity: 'calls', entityId: id, action: 'opprettet',
      before: null, after: { id, title: `Utlysning ${i}` }, prevHash: '0'.repeat(64), hash: '0'.repeat(64),
    };
  });
  await putRows(page, { changeLog: entries });
}

test('a long change log opens on its newest page, pages on, and is searched whole', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedLongLog(page, 240);
  const log = new ChangeLogPage(page);
  await log.openFromSettings();
  await expect(log.count).toHaveText('241 oppføringer');
  await expect(log.table.getByRole('row').nth(1)).toContainText('Utlysning 240');
  await expect(log.table.getByRole('row')).toHaveCount(51);

  await page.getByRole('button', { name: 'Gå til neste side' }).click();
  await expect(log.table.getByRole('row').nth(1)).toContainText('Utlysning 190');
  await expect(page.getByText('51–100 av 241')).toBeVisible();

  // Through the actor index: every second entry, newest first.
  await page.getByRole('combobox', { name: 'Utført av' }).click();
  await page.getByRole('option', { name: 'Ola Nordmann' }).click();
  await expect(log.count).toHaveText('120 av 241 oppføringer');
  await expect(log.table.getByRole('row').nth(1)).toContainText('Utlysning 240');

  // Free text over the whole log, not only the page read: Utlysning 17 and 170–179, Ola's the even ones.
  await page.getByRole('searchbox', { name: 'Søk' }).fill('utlysning 17');
  await expect(log.count).toHaveText('5 av 241 oppføringer');
  await expect(log.table.getByRole('row').nth(5)).toContainText('Utlysning 170');
  expect(await axeViolations(page)).toEqual([]);
});
