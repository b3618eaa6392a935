// Rapportering in the browser: a grant's report with audited accounts registered (a file attached)
// and approved; another grant's unused money claimed back with a letter (read with pdftotext) and
// paid in two parts; reminders made for what is overdue; the IMDi export then shows both. Axe
// checks the new pages.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { ExportPage } from './pages/export-page';
import { REPORTS_YEAR, seedPaidGrants } from './pages/reports-seed';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? resolve(import.meta.dirname, '../../../screenshots');

test.describe.configure({ timeout: 180_000 });

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  // A saved notice may still be growing in, and axe would measure its contrast half-faded: wait for
  // every finite animation or transition to end (spinners run forever and are left alone).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

function textOfPdf(bytes: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'krav-')), 'krav.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

test('a report is approved, a repayment claim is paid in two parts, and the export shows both', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedPaidGrants(page);

  await test.step('the list shows both grants as overdue, filterable by status', async () => {
    await page.goto('/#/rapportering');
    await expect(signedIn.heading('Rapportering')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    const table = page.getByRole('table', { name: 'Rapporter for tilskudd' });
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(page.getByText('2 rapporter er forfalt.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Godkjent', exact: true }).click();
    await expect(page.getByText('Ingen tilskudd passer til filteret.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Alle', exact: true }).click();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'rapportering.png'), fullPage: true });
  });

  await test.step('Språkkafé (150 000 kr): report with an auditor’s statement, a file attached, approved', async () => {
    await page.getByRole('link', { name: 'Språkkafé' }).click();
    await expect(signedIn.heading('Rapport: Språkkafé')).toBeVisible();
    await expect(page.getByText('Kreves: tilskuddet er kr 100 000 eller mer')).toBeVisible();
    await page.getByLabel('Dato rapporten kom inn').fill('2025-01-28');
    await page.getByRole('checkbox', { name: 'Årsrapport mottatt' }).check();
    await page.getByRole('checkbox', { name: 'Regnskap mottatt' }).check();
    await page.getByRole('button', { name: 'Lagre sjekklisten' }).click();
    await expect(page.getByText('Sjekklisten er lagret.')).toBeVisible();
    // Approval is refused while the audit is missing, and says so.
    await page.getByRole('button', { name: 'Godkjenn rapporten' }).click();
    await expect(page.getByText(/kan ikke godkjennes før dette er registrert: revidert regnskap eller revisorberetning og ubrukt beløp/)).toBeVisible();
    await page.getByRole('checkbox', { name: 'Revidert regnskap eller revisorberetning mottatt' }).check();
    await page.getByRole('combobox', { name: 'Hva kom' }).click();
    await page.getByRole('option', { name: 'Revisorberetning' }).click();
    await page.getByRole('checkbox', { name: 'Ubrukt beløp er oppgitt' }).check();
    await page.getByRole('button', { name: 'Lagre sjekklisten' }).click();
    await expect(page.getByRole('checkbox', { name: 'Ubrukt beløp er oppgitt' })).toBeChecked();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Legg ved fil' }).click();
    await (await chooser).setFiles({ name: 'revisorberetning-2024.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7 revisorberetning') });
    await expect(page.getByText('revisorberetning-2024.pdf', { exact: true })).toBeVisible();

    await page.getByLabel('Merknad til godkjenningen').fill('Revisorberetning ISA 805 er i orden.');
    await page.getByRole('button', { name: 'Godkjenn rapporten' }).click();
    await expect(page.getByText(/Godkjent av Kari Nordmann \d\d\.\d\d\.\d{4}\. Revisorberetning ISA 805 er i orden\./)).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'rapport-godkjent.png'), fullPage: true });
  });

  await test.step('Leksehjelp: a repayment claim with its letter, paid in two parts', async () => {
    await page.getByRole('link', { name: 'Tilbake til rapporteringen' }).click();
    await page.getByRole('link', { name: 'Leksehjelp' }).click();
    await expect(signedIn.heading('Rapport: Leksehjelp')).toBeVisible();
    await page.getByRole('button', { name: 'Nytt krav om tilbakebetaling' }).click();
    const dialog = page.getByRole('dialog', { name: 'Krav om tilbakebetaling' });
    await expect(dialog.getByText('Høyst kr 40 000 (utbetalt kr 40 000, minus tidligere krav).')).toBeVisible();
    await dialog.getByLabel('Beløp som kreves tilbake').fill('50 000');
    await dialog.getByLabel('Begrunnelse (faktiske forhold og hovedhensyn)').fill('Kr 10 000 gikk til en datamaskin, som tilskuddet ikke dekker.');
    await dialog.getByLabel('Kommunens kontonummer for innbetalingen').fill('1503.20.80119');
    await dialog.getByRole('button', { name: 'Lagre kravet' }).click();
    await expect(dialog.getByText('Kravet på kr 50 000 er for stort. Det kan være høyst kr 40 000 (utbetalt kr 40 000).')).toBeVisible();
    await dialog.getByLabel('Beløp som kreves tilbake').fill('10 000');
    await dialog.getByRole('button', { name: 'Lagre kravet' }).click();
    await expect(dialog).toBeHidden();

    const claim = page.getByRole('region', { name: /Krav på kr 10 000/ });
    await claim.getByRole('button', { name: 'Lag brevet' }).click();
    await expect(claim.getByText('Brevet er laget, ikke sendt.')).toBeVisible({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), claim.getByRole('button', { name: 'Lagre brevet som PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('971277882-Leksehjelp-tilbakebetalingskrav.pdf');
    const text = textOfPdf(readFileSync(await download.path()));
    for (const expected of [
      'Vedtak om tilbakebetaling av tilskudd 2024',
      'Dere må betale tilbake kr 10 000',
      'Org.nr. 971 277 882',
      'Betal kr 10 000 til kontonummer 1503.20.80119',
      'Merk betalingen med «24/00451»',
      'Vurdering og hovedhensyn: Kr 10 000 gikk til en datamaskin',
      'Dere kan klage på vedtaket, jf. forvaltningsloven § 28',
      'som er klageinstans',
      'forvaltningsloven § 18',
    ]) {
      expect(text).toContain(expected);
    }
    await claim.getByRole('button', { name: 'Marker som sendt i dag' }).click();
    await expect(claim.getByText(/Brevet ble sendt \d\d\.\d\d\.\d{4}\./)).toBeVisible();

    // A payment dated before the claim was made is refused with its reason.
    await claim.getByLabel('Innbetalt dato').fill('2024-12-01');
    await claim.getByLabel('Innbetalt beløp').fill('4 000');
    await claim.getByRole('button', { name: 'Registrer innbetaling' }).click();
    await expect(claim.getByText(/Innbetalingen kan ikke være før kravet ble fattet/)).toBeVisible();
    await claim.getByLabel('Innbetalt dato').fill(await page.evaluate(() => new Date().toLocaleDateString('sv-SE')));
    await claim.getByRole('button', { name: 'Registrer innbetaling' }).click();
    await expect(claim.getByText('Betalt kr 4 000, igjen kr 6 000')).toBeVisible();
    await expect(claim.getByText('Delvis betalt')).toBeVisible();
    await claim.getByLabel('Innbetalt beløp').fill('6 000');
    await claim.getByRole('button', { name: 'Registrer innbetaling' }).click();
    await expect(claim.getByText(/Betalt i sin helhet \d\d\.\d\d\.\d{4}/)).toBeVisible();
    await expect(claim.locator('[data-tone="success"]')).toHaveText('Betalt');
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'tilbakebetaling.png'), fullPage: true });
  });

  await test.step('a reminder for the report still overdue, made in the worker', async () => {
    await page.getByRole('link', { name: 'Tilbake til rapporteringen' }).click();
    await expect(page.getByText('1 rapport er forfalt.')).toBeVisible();
    await page.getByRole('button', { name: 'Lag purring for 1 forfalt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag purringer' });
    const [zip] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Lag purringene' }).click()]);
    expect(zip.suggestedFilename()).toMatch(/^purringer-\d{4}-\d\d-\d\d\.zip$/);
    await expect(page.getByText(/1 purring laget og lagret/)).toBeVisible();
    const table = page.getByRole('table', { name: 'Rapporter for tilskudd' });
    await expect(table.getByRole('row', { name: /Leksehjelp/ })).toContainText(/\d\d\.\d\d\.\d{4}$/);
    await expect(page.getByRole('table', { name: 'Krav om tilbakebetaling for alle tilskudd' })).toContainText('Betalt');
    await expectNoSeriousAxeViolations(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'rapportering-etter.png'), fullPage: true });
  });

  await test.step('the IMDi export shows the repaid amount and the report status', async () => {
    const exportPage = new ExportPage(page);
    await exportPage.open();
    await expect(exportPage.year).toContainText(String(REPORTS_YEAR));
    const json = await exportPage.save('Lagre JSON');
    const data = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
      tildelinger: { tittel: string; rapport: string; tilbakebetalt_belop: number; utbetalt_belop: number }[];
      ramme: { tilbakebetalt_sum: number; ubrukt: number }[];
    };
    const row = (title: string) => data.tildelinger.find((r) => r.tittel === title);
    expect(row('Språkkafé')).toMatchObject({ rapport: 'godkjent', tilbakebetalt_belop: 0, utbetalt_belop: 150_000 });
    expect(row('Leksehjelp')).toMatchObject({ rapport: 'ikke mottatt', tilbakebetalt_belop: 10_000 });
    expect(data.ramme[0]).toMatchObject({ tilbakebetalt_sum: 10_000, ubrukt: 500_000 - 190_000 + 10_000 });
  });
});
