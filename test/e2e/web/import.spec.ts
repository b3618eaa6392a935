// Importing applications from a file in the browser: preview with row errors, confirm, re-import
// without duplicates, Windows-1252 text, the column mapping step, cancel, and the templates.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CallForm, CallList } from './pages/calls';
import { ImportPage, type FileToImport } from './pages/import-page';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/import');
const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? resolve(import.meta.dirname, '../../../screenshots');
const CALL_TITLE = 'Tilskudd til integreringsarbeid 2020';

async function createCall(page: Page): Promise<void> {
  const list = new CallList(page);
  await list.open();
  await list.newButton.click();
  const form = new CallForm(page);
  await form.fill({ year: '2020', title: CALL_TITLE, deadline: '2020-02-05', frame: '2 500 000' });
  await form.submit.click();
  await expect(page.getByRole('heading', { level: 1, name: CALL_TITLE })).toBeVisible();
}

async function openImport(page: Page): Promise<ImportPage> {
  await createCall(page);
  const importPage = new ImportPage(page);
  await importPage.open();
  // The only call is chosen already.
  await expect(importPage.call).toContainText(CALL_TITLE);
  return importPage;
}

/** The three good rows of utf8-semikolon.csv, then two rows from the malformed fixtures (rows 5 and 6). */
function mixedCsv(): FileToImport {
  const good = readFileSync(resolve(FIXTURES, 'good/utf8-semikolon.csv'), 'utf8').trimEnd();
  const dataRow = (file: string, id: string) =>
    readFileSync(resolve(FIXTURES, 'malformed', file), 'utf8').split(/\r?\n/)[1]!.replace('P-1', id);
  const text = [good, dataRow('orgnr-kontrollsiffer.csv', 'P-4'), dataRow('ukjent-type.csv', 'P-5')].join('\r\n');
  return { name: 'soknader-med-feil.csv', mimeType: 'text/csv', buffer: Buffer.from(`${text}\r\n`, 'utf8') };
}

// Each test signs in and creates a call through the UI before it imports: more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('a file with valid and invalid rows is previewed, imported once, and a re-import adds nothing', async ({
  signedIn,
  page,
}) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const importer = await openImport(page);
  await importer.chooseFile(mixedCsv());

  await expect(importer.previewSummary).toContainText('3 rader av 5 kan importeres.');
  await expect(importer.previewSummary).toContainText('2 rader har feil');
  await expect(importer.errorRow(5)).toContainText('Organisasjonsnummer');
  await expect(importer.errorRow(5)).toContainText('864139443');
  await expect(importer.errorRow(5)).toContainText('kontrollsifferet stemmer ikke');
  await expect(importer.errorRow(6)).toContainText('Ukjent type «prosjekter»');
  await expect(importer.validTable).toContainText('Sandnes Fotballklubb');
  await expect(importer.duplicates).toHaveText('Ingen av søknadene i filen er registrert i utlysningen fra før.');
  await expect(importer.importButton(3)).toBeEnabled();

  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: resolve(SCREENSHOTS, 'import-preview-errors.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await importer.main.getByRole('button', { name: 'Lagre feillisten som CSV' }).click();
  expect((await download).suggestedFilename()).toBe('importfeil-soknader-med-feil.csv');

  await importer.importButton(3).click();
  await expect(importer.main.getByText('Importen er fullført')).toBeVisible();
  await expect(importer.summaryCount('Nye søknader').last()).toHaveText('3');
  await expect(importer.summaryCount('Hoppet over').last()).toHaveText('0');
  await expect(importer.summaryCount('Nye organisasjoner').last()).toHaveText('3');
  await page.screenshot({ path: resolve(SCREENSHOTS, 'import-done.png'), fullPage: true });

  await importer.main.getByRole('button', { name: 'Importer en fil til' }).click();
  await importer.chooseFile(mixedCsv());
  await expect(importer.duplicates).toContainText('3 søknader i filen er registrert i utlysningen fra før');
  await expect(importer.importButton(0)).toBeDisabled();
  // Updating with the same data changes nothing either.
  await importer.main.getByRole('radio', { name: 'Oppdater dem med opplysningene i filen' }).check();
  await importer.importButton(3).click();
  await expect(importer.summaryCount('Nye søknader').last()).toHaveText('0');
  await expect(importer.summaryCount('Uendret').last()).toHaveText('3');

  await importer.main.getByRole('link', { name: 'Se søknadene i utlysningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søknader' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Søknader' }).getByRole('row').filter({ hasText: 'Fotball for alle' })).toHaveCount(1);
});

test('a Windows-1252 file shows æøå correctly in the preview', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const importer = await openImport(page);
  await importer.chooseFile(resolve(FIXTURES, 'good/windows-1252.csv'));
  await expect(importer.previewSummary).toContainText('1 rad av 1 kan importeres.');
  await expect(importer.validTable).toContainText('Ål Frivilligsentral');
  await expect(importer.validTable).toContainText('Språkkafé på Ørsta bibliotek');
});

test('a CSV that mixes Windows-1252 and UTF-8 keeps æøå right and names the UTF-8 lines', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const importer = await openImport(page);
  const windows = readFileSync(resolve(FIXTURES, 'good/windows-1252.csv'));
  // The same row again, as a web form would paste it: UTF-8, another id and title.
  const row = new TextDecoder('windows-1252').decode(windows).split(/\r?\n/)[1]!;
  const utf8Row = row.replace('P-1', 'P-2').replace('Språkkafé på Ørsta bibliotek', 'Leksehjelp på Åsane');
  const buffer = Buffer.concat([windows, Buffer.from(`${utf8Row}\r\n`, 'utf8')]);
  await importer.chooseFile({ name: 'blandet.csv', mimeType: 'text/csv', buffer });
  await expect(importer.previewSummary).toContainText('Filen blander to tegnkodinger');
  await expect(importer.previewSummary).toContainText('linje 3 er UTF-8');
  await expect(importer.validTable).toContainText('Språkkafé på Ørsta bibliotek');
  await expect(importer.validTable).toContainText('Leksehjelp på Åsane');
  await expect(importer.main).not.toContainText('Ã');
});

test('a file where all of 100 000 rows are wrong is previewed without freezing the page', async ({ signedIn, page }) => {
  test.slow();
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const importer = await openImport(page);
  const header = readFileSync(resolve(FIXTURES, 'good/utf8-semikolon.csv'), 'utf8').split(/\r?\n/)[0]!;
  const width = header.split(';').length;
  const badRow = (i: number) => [`X-${i}`, 'ikke en dato', '123', 'x'.repeat(250), ...Array<string>(width - 4).fill('')].join(';');
  const rows = Array.from({ length: 100_000 }, (_, i) => badRow(i));
  const file = resolve(test.info().outputDir, 'alle-feil.csv');
  mkdirSync(test.info().outputDir, { recursive: true });
  writeFileSync(file, `${header}\r\n${rows.join('\r\n')}\r\n`, 'utf8');
  // Long main-thread tasks while the file is read and checked: the worker does the work.
  await page.evaluate(() => {
    (window as unknown as { longestTask: number }).longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const w = window as unknown as { longestTask: number };
        w.longestTask = Math.max(w.longestTask, entry.duration);
      }
    }).observe({ type: 'longtask' });
  });
  await importer.chooseFile(file);
  await expect(importer.previewSummary).toContainText('100 000', { timeout: 60_000 });
  await expect(importer.errorsTable.getByRole('row')).toHaveCount(201);
  // Long values are cut in the table; the saved error list keeps them whole.
  await expect(importer.errorsTable).toContainText('…');
  const longest = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
  expect(longest).toBeLessThan(1500);
});

test('other column names go through the mapping step, and a saved mapping is used next time', async ({
  signedIn,
  page,
}) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const importer = await openImport(page);
  const portal = readFileSync(resolve(FIXTURES, 'good/portal-kolonnenavn.csv'), 'utf8').replace('Organisasjonsnummer', 'Org.nr (Brreg)');
  const file = { name: 'portal.csv', mimeType: 'text/csv', buffer: Buffer.from(portal, 'utf8') };
  await importer.chooseFile(file);

  await expect(importer.mappingTable).toBeVisible();
  await expect(importer.main.getByText('Velg en kolonne for den påkrevde opplysningen Organisasjonsnummer.')).toBeVisible();
  await expect(importer.main.getByRole('button', { name: 'Kontroller radene' })).toBeDisabled();
  await page.screenshot({ path: resolve(SCREENSHOTS, 'import-mapping.png'), fullPage: true });

  await importer.mappingTable.getByRole('combobox', { name: /^Organisasjonsnummer/ }).click();
  await page.getByRole('option', { name: 'Org.nr (Brreg)' }).click();
  await importer.main.getByRole('textbox', { name: 'Navn på kolonneoppsettet' }).fill('Søknadsportalen');
  await importer.main.getByRole('button', { name: 'Lagre kolonneoppsettet' }).click();
  await expect(importer.main.getByText('Kolonneoppsettet «Søknadsportalen» er lagret.')).toBeVisible();
  await importer.main.getByRole('button', { name: 'Kontroller radene' }).click();
  await expect(importer.previewSummary).toContainText('1 rad av 1 kan importeres.');

  await importer.main.getByRole('button', { name: 'Velg en annen fil' }).click();
  await importer.chooseFile(file);
  await expect(importer.main.getByText('Brukte det lagrede kolonneoppsettet «Søknadsportalen».')).toBeVisible();
  await expect(importer.main.getByRole('button', { name: 'Kontroller radene' })).toBeEnabled();
});

test('reading a big file shows progress and can be cancelled; nothing is saved', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const importer = await openImport(page);
  const [header, row] = readFileSync(resolve(FIXTURES, 'good/windows-1252.csv'), 'latin1').split(/\r?\n/);
  const rows = Array.from({ length: 100_000 }, (_, i) => row!.replace('P-1', `P-${i + 1}`));
  await importer.chooseFile({
    name: 'stor.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([header, ...rows].join('\r\n'), 'latin1'),
  });
  await expect(importer.progress).toBeVisible();
  await expect(importer.main.getByText(/^\d+ %$/)).toBeVisible();
  await importer.cancelButton.click();
  await expect(importer.main.getByText('Innlesingen ble avbrutt. Ingenting er lagret.')).toBeVisible();
  await expect(importer.chooseFileButton).toBeVisible();
});

test('saving a big import shows that it works and can be cancelled; nothing is saved', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const importer = await openImport(page);
  const [header, row] = readFileSync(resolve(FIXTURES, 'good/windows-1252.csv'), 'latin1').split(/\r?\n/);
  // 5 000 applications, each its own (reference and title), from one organisation: seconds to save.
  const rows = Array.from({ length: 5_000 }, (_, i) => row!.replace('P-1', `P-${i + 1}`).replace('Språkkafé på Ørsta bibliotek', `Språkkafé ${i + 1}`));
  await importer.chooseFile({ name: 'mange.csv', mimeType: 'text/csv', buffer: Buffer.from([header, ...rows].join('\r\n'), 'latin1') });
  await importer.importButton(/^Importer 5\s000 søknader$/).click();
  const status = importer.main.getByRole('status').filter({ hasText: 'Lagrer 5 000 søknader' });
  await expect(status).toContainText('avbryter du, lagres ingenting');
  await expect(importer.main.getByRole('progressbar', { name: /Lagrer 5 000 søknader/ })).toBeVisible();
  await page.screenshot({ path: resolve(SCREENSHOTS, 'import-commit-progress.png') });
  await importer.main.getByRole('button', { name: 'Avbryt importen' }).click();

  await expect(importer.main.getByText('Importen ble avbrutt. Ingenting er lagret.')).toBeVisible();
  // The same file can be imported right after, and the list shows none of the cancelled attempt before it.
  await expect(importer.importButton(/^Importer 5\s000 søknader$/)).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/#/soknader');
  await expect(page.getByRole('heading', { level: 1, name: 'Søknader' })).toBeVisible();
  await expect(page.getByText('Ingen søknader ennå.')).toBeVisible();
});

test('the empty template downloads as CSV and Excel', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const importer = await openImport(page);
  await page.screenshot({ path: resolve(SCREENSHOTS, 'import-choose.png'), fullPage: true });
  for (const [button, name] of [
    ['Last ned mal (CSV)', 'soknadsimport-mal.csv'],
    ['Last ned mal (Excel)', 'soknadsimport-mal.xlsx'],
  ] as const) {
    const download = page.waitForEvent('download');
    await importer.main.getByRole('button', { name: button }).click();
    expect((await download).suggestedFilename()).toBe(name);
  }
});
