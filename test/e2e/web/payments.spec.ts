// After the decision in the browser: a granted application's acceptance is recorded, an overdue one
// gets a reminder letter, two terms are paid through a payment list (the XLSX opened by LibreOffice),
// the application's Saksgang shows it all, and the IMDi export then shows the amount paid.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { ExportPage } from './pages/export-page';
import { CAFE, GIRLS, PAY_TODAY, PAY_YEAR, seedSentGrants } from './pages/payments-seed';

const SHOTS = 'screenshots';
const nb = (text: string) => text.replace(/ /g, '\u00a0');

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test.use({ viewport: { width: 1366, height: 900 } });

test('acceptance, a reminder, two terms paid through a payment list, the timeline and the export', async ({ signedIn, page }) => {
  test.setTimeout(240_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(PAY_TODAY);
  await seedSentGrants(page);
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'utbetaling-'));

  await page.goto('/#/utbetalinger');
  await expect(page.getByRole('heading', { level: 1, name: 'Utbetalinger' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const grants = page.getByRole('table', { name: 'Tilskudd og aksept' });
  const cafe = grants.getByRole('row').filter({ hasText: CAFE });
  const girls = grants.getByRole('row').filter({ hasText: GIRLS });
  await expect(cafe).toContainText('Venter');
  await expect(cafe).toContainText('01.05.2023');
  await expect(girls).toContainText('Fristen er ute');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'payments-acceptance.png'), fullPage: true });

  // A reminder for the overdue one: stored in the case and downloaded as a PDF that says so.
  await girls.getByRole('checkbox', { name: `Velg «${GIRLS}»` }).check();
  await page.getByRole('button', { name: 'Lag purrebrev (1)' }).click();
  const reminderDialog = page.getByRole('dialog', { name: 'Purrebrev på aksept' });
  await expect(reminderDialog).toContainText('ny frist for aksept 04.05.2023');
  const reminderDownload = page.waitForEvent('download');
  await reminderDialog.getByRole('button', { name: 'Lag brevene' }).click();
  const reminder = await reminderDownload;
  expect(reminder.suggestedFilename()).toBe('971277882-Jentegruppe-aksept-purring.pdf');
  const reminderText = execFileSync('pdftotext', [await reminder.path(), '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  expect(reminderText).toContain('Påminnelse: aksept av vilkår for tilskudd 2023');
  expect(reminderText).toContain('Vi viser til vedtaket vårt datert 01.03.2023');
  expect(reminderText).toContain('04.05.2023');
  await expect(girls).toContainText('Purret 20.04.2023');
  // The reminder gave until 04.05.2023, so the acceptance is no longer overdue.
  await expect(girls).toContainText('Venter');

  // The acceptance of the grant above the threshold releases its two terms.
  await cafe.getByRole('button', { name: `Registrer aksept for «${CAFE}»` }).click();
  const accept = page.getByRole('dialog', { name: 'Registrer aksept av vilkårene' });
  await accept.getByLabel('Dato aksepten kom').fill('2023-04-18');
  await accept.getByRole('radio', { name: 'Portal' }).check();
  expect(await seriousViolations(page)).toEqual([]);
  await accept.getByRole('button', { name: 'Registrer aksept' }).click();
  await expect(page.getByText('Aksepten er registrert, og 2 terminer er frigitt.')).toBeVisible();
  await expect(cafe).toContainText('Akseptert 18.04.2023 (portal)');

  // Before acceptance, the other grant's term waits; then it is accepted too (its term is overdue).
  await page.getByRole('tab', { name: 'Terminer' }).click();
  const terms = page.getByRole('table', { name: 'Terminer' });
  await expect(terms.getByRole('row').filter({ hasText: CAFE })).toHaveCount(2);
  await expect(terms.getByRole('row').filter({ hasText: GIRLS })).toContainText('Venter på aksept');
  await expect(terms.getByRole('checkbox', { name: 'Velg termin 1 for Kirkens Bymisjon' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Aksept' }).click();
  await girls.getByRole('button', { name: `Registrer aksept for «${GIRLS}»` }).click();
  await accept.getByRole('radio', { name: 'Brev' }).check();
  await accept.getByRole('button', { name: 'Registrer aksept' }).click();
  await expect(page.getByText('Aksepten er registrert, og 1 termin er frigitt.')).toBeVisible();

  // All three terms chosen; the one without a kontonummer is stopped, the two others go.
  await page.getByRole('tab', { name: 'Terminer' }).click();
  await expect(terms.getByRole('row').filter({ hasText: GIRLS })).toContainText('Forfalt');
  await terms.getByRole('checkbox', { name: 'Velg alle terminer som kan utbetales på denne siden' }).check();
  await expect(page.getByText(nb('3 terminer valgt, kr 60 000'))).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'payments-terms.png'), fullPage: true });
  await page.getByRole('button', { name: 'Lag utbetalingsliste' }).click();
  const list = page.getByRole('dialog', { name: 'Utbetalingsliste' });
  await expect(list).toContainText(nb('2 utbetalinger på til sammen kr 40 000.'));
  await expect(list).toContainText('1 termin er holdt tilbake');
  await expect(list).toContainText('Kirkens Bymisjon (org.nr. 971 277 882), termin 1: Kontonummer mangler. Rett kontonummeret på organisasjonen.');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'payments-list.png') });

  const xlsxDownload = page.waitForEvent('download');
  await list.getByRole('button', { name: 'Lagre regneark (XLSX)' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('utbetalingsliste-4601-2023-04-20.xlsx');
  const xlsxPath = join(dir, xlsx.suggestedFilename());
  await xlsx.saveAs(xlsxPath);
  const csvDownload = page.waitForEvent('download');
  await list.getByRole('button', { name: 'Lagre CSV' }).click();
  const csvText = readFileSync(await (await csvDownload).path(), 'utf8');
  expect(csvText.startsWith('\uFEFFOrg.nr.;Organisasjon;Kontonummer;')).toBe(true);
  expect(csvText).toContain('864139442;Bergen Røde Kors;12345678903;20000,00;23/04567;2023-05-01;1');
  expect(csvText).toContain('Sum;2 utbetalinger;;40000,00;;;');
  expect(csvText).not.toContain('Kirkens Bymisjon');

  // LibreOffice opens the workbook; read back as CSV, the sum row holds 40 000.
  execFileSync(
    'soffice',
    ['--headless', '--norestore', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,false,false,false', '--outdir', dir, xlsxPath],
    { stdio: 'ignore', timeout: 90_000 },
  );
  const converted = readdirSync(dir).find((f) => f.startsWith('utbetalingsliste') && f.endsWith('.csv'));
  expect(converted, `LibreOffice wrote ${readdirSync(dir).join(', ')}`).toBeTruthy();
  const rows = readFileSync(join(dir, converted!), 'utf8').trim().split(/\r?\n/).map((l) => l.split(';').map((c) => c.replace(/^"|"$/g, '')));
  expect(rows[0]).toEqual(['Org.nr.', 'Organisasjon', 'Kontonummer', 'Beløp (kr)', 'Vår ref.', 'Forfallsdato', 'Termin']);
  expect(rows.slice(1, 3).map((r) => [r[0], r[2], Number(r[3]), r[6]])).toEqual([
    ['864139442', '12345678903', 20000, '1'],
    ['864139442', '12345678903', 20000, '2'],
  ]);
  expect(rows[3]![0]).toBe('Sum');
  expect(Number(rows[3]![3])).toBe(40000);

  await list.getByRole('button', { name: 'Marker 2 terminer som utbetalt 20.04.2023' }).click();
  await expect(page.getByText('2 terminer er markert som utbetalt.')).toBeVisible();
  await expect(terms.getByRole('row').filter({ hasText: CAFE }).filter({ hasText: 'Utbetalt 20.04.2023' })).toHaveCount(2);
  await expect(terms.getByRole('row').filter({ hasText: GIRLS })).toContainText('Forfalt');

  // The application's Saksgang.
  await page.goto('/#/soknader/e2e-pay-app-1');
  await expect(page.getByRole('heading', { level: 1, name: CAFE })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await page.getByRole('tab', { name: 'Saksgang' }).click();
  const timeline = page.getByRole('list', { name: 'Saksgang' });
  await expect(timeline.getByRole('listitem')).toHaveText([
    /01\.02\.2023.*Søknaden mottatt/,
    /10\.04\.2023.*Vedtak: innvilget, kr.40.000/,
    /10\.04\.2023.*Vedtaksbrev sendt \(innvilgelse\)/,
    /18\.04\.2023.*Vilkårene akseptert.*portal/,
    /20\.04\.2023.*Utbetalt termin 1: kr.20.000/,
    /20\.04\.2023.*Utbetalt termin 2: kr.20.000/,
  ]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'payments-timeline.png'), fullPage: true });

  // The IMDi export now shows what was paid.
  const exportPage = new ExportPage(page);
  await exportPage.open();
  await expect(exportPage.year).toContainText(String(PAY_YEAR));
  await expect(exportPage.figure(PAY_YEAR, 'Totalt', 'utbetalt_sum')).toHaveText(nb('kr 40 000'));
  const json = await exportPage.save('Lagre JSON');
  const report = JSON.parse(readFileSync(await json.path(), 'utf8')) as { tildelinger: { tittel: string; utbetalt_belop: number }[] };
  expect(report.tildelinger.map((r) => [r.tittel, r.utbetalt_belop])).toEqual([
    [CAFE, 40000],
    [GIRLS, 0],
  ]);
});
