// The yearly IMDi report in the browser: the summary on screen, the three files downloaded, the
// workbook read back (and, where LibreOffice is installed, opened by it) with the same figure.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import readXlsxFile from 'read-excel-file/node';
import { test, expect } from './fixtures';
import { ExportPage } from './pages/export-page';
import { EXPORT_GRANTED_KRONER, EXPORT_YEAR, seedDecidedYear } from './pages/export-seed';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? resolve(import.meta.dirname, '../../../screenshots');

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
}

test.describe.configure({ timeout: 120_000 });

test('the report for a year is shown and saved as XLSX, CSV and JSON with the same figures', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedDecidedYear(page);
  const exportPage = new ExportPage(page);
  await exportPage.open();
  await expect(exportPage.year).toContainText(String(EXPORT_YEAR));
  const granted = exportPage.figure(EXPORT_YEAR, 'Totalt', 'innvilget_sum');
  await expect(granted).toHaveText(`kr\u00a0${EXPORT_GRANTED_KRONER.toLocaleString('nb-NO').replace(/\s/g, '\u00a0')}`);
  const shownKroner = Number((await granted.textContent())!.replace(/\D/g, ''));

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'export.png'), fullPage: true });

  const dir = mkdtempSync(join(tmpdir(), 'imdi-'));
  const xlsx = await exportPage.save('Lagre regneark (XLSX)');
  expect(xlsx.suggestedFilename()).toBe(`imdi-rapport-4601-${EXPORT_YEAR}.xlsx`);
  const xlsxPath = join(dir, xlsx.suggestedFilename());
  await xlsx.saveAs(xlsxPath);
  await expect(page.getByText(`Filen imdi-rapport-4601-${EXPORT_YEAR}.xlsx er lastet ned.`)).toBeVisible();

  const csv = await exportPage.save('Lagre CSV');
  expect(csv.suggestedFilename()).toBe(`imdi-rapport-4601-${EXPORT_YEAR}.csv`);
  const csvText = readFileSync(await csv.path(), 'utf8');
  expect(csvText.startsWith('\uFEFFkommunenummer;')).toBe(true);
  expect(csvText.trim().split('\r\n')).toHaveLength(4);

  const json = await exportPage.save('Lagre JSON');
  expect(json.suggestedFilename()).toBe(`imdi-rapport-4601-${EXPORT_YEAR}.json`);
  const report = JSON.parse(readFileSync(await json.path(), 'utf8')) as { sammendrag: { delmal: string; innvilget_sum: number }[] };
  expect(report.sammendrag.find((r) => r.delmal === 'Totalt')?.innvilget_sum).toBe(shownKroner);

  // The workbook read back: the Totalt row of Sammendrag has the figure the page showed.
  const sheets = await readXlsxFile(xlsxPath);
  expect(sheets.map((s) => s.sheet)).toEqual(['Tildelinger', 'Sammendrag', 'Ramme', 'Forklaring']);
  const summary = sheets.find((s) => s.sheet === 'Sammendrag')!.data;
  const column = summary[0]!.indexOf('innvilget_sum');
  const totalRow = summary.find((row) => row[0] === 'Totalt')!;
  expect(totalRow[column]).toBe(shownKroner);

  await test.step('LibreOffice opens the workbook', async () => {
    if (!hasSoffice()) {
      // Only this part is skipped; everything above has been checked.
      test.info().annotations.push({
        type: 'skipped part',
        description: 'LibreOffice (soffice) is not installed; install libreoffice-calc to check the XLSX opens in it.',
      });
      return;
    }
    execFileSync(
      'soffice',
      ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, xlsxPath],
      { stdio: 'ignore', timeout: 90_000 },
    );
    // Sheet 2 (Sammendrag) is written as <name>-Sammendrag.csv when all sheets are exported.
    const file = readdirSync(dir).find((f) => f.endsWith('Sammendrag.csv'));
    expect(file, `LibreOffice wrote ${readdirSync(dir).join(', ')}`).toBeTruthy();
    const rows = readFileSync(join(dir, file!), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(';'));
    const libreColumn = rows[0]!.indexOf('innvilget_sum');
    expect(Number(rows.find((r) => r[0] === 'Totalt')![libreColumn])).toBe(shownKroner);
  });
});
