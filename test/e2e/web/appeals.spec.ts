// Appeals in the browser: a rejection whose letter went out is appealed (with a PDF file), upheld
// in the municipality's own review and forwarded to IMDi; the case file is saved and read with
// pdftotext; IMDi's reversal makes a new decision, and the IMDi export then says so.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { test, expect } from './fixtures';
import { ApplicationForm } from './pages/applications-page';
import { SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';
import { DecisionList } from './pages/decisions-page';
import { ExportPage } from './pages/export-page';

const SHOTS = process.env.SCREENSHOTS_DIR ?? resolve(import.meta.dirname, '../../../screenshots');
const TITLE = 'Leksehjelp for nyankomne';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function appealPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Klage fra Sprakvenner Bergen: vi ber om ny vurdering.', { x: 50, y: 700, size: 14, font });
  return Buffer.from(await doc.save());
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
}

test.use({ viewport: { width: 1366, height: 900 } });

test('appeal: registered in time, upheld, forwarded with the case file, reversed by IMDi, shown in the export', async ({ signedIn, page }) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(new Date('2020-03-10T10:00:00+01:00'));
  await seedCallAndOrganisation(page);

  // A rejection, its letter made and sent on 10 March.
  await page.goto('/#/soknader/ny');
  const form = new ApplicationForm(page);
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill(TITLE);
  await form.chooseKind('Enkelttiltak');
  await form.subGoal('B').check();
  await form.amount.fill('30 000');
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const list = new DecisionList(page);
  await list.open();
  const decision = await list.openDecision(TITLE);
  await decision.decide('Avslått', { template: 'Lav måloppnåelse sammenlignet med andre søknader' });
  await page.getByRole('button', { name: 'Lag brev' }).click();
  await expect(page.getByText('Brevet er laget og lagret i saken.')).toBeVisible({ timeout: 60_000 });
  await decision.letters.getByRole('button', { name: /^Merk som sendt/ }).click();
  await page.getByRole('dialog', { name: 'Merk brevet som sendt' }).getByRole('button', { name: 'Merk som sendt' }).click();
  await expect(page.getByText('Vedtaket er låst')).toBeVisible();

  // The appeal comes by e-mail on 2 April: the letter arrived 13 March, the deadline is 3 April.
  await page.clock.setFixedTime(new Date('2020-04-02T10:00:00+02:00'));
  await page.getByRole('link', { name: 'Registrer klage på vedtaket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registrer klage' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Klagefrist 03.04.2020' })).toContainText('Klagen er kommet i tide.');
  await page.getByRole('combobox', { name: 'Kom inn som' }).click();
  await page.getByRole('option', { name: 'E-post' }).click();
  await page.getByRole('textbox', { name: /^Hva klageren ber om/ }).fill('At søknaden innvilges.');
  await page.getByRole('textbox', { name: /^Klageteksten/ }).fill('Vi mener leksehjelpen treffer målgruppen godt.');
  await page.getByRole('checkbox', { name: /underskrevet/ }).check();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'appeal-register.png'), fullPage: true });
  await page.getByRole('button', { name: 'Registrer klagen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Klage: ${TITLE}` })).toBeVisible();
  await expect(page.getByText('Mottatt', { exact: true }).first()).toBeVisible();

  // The appeal's file.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Legg ved fil' }).click();
  await (await chooser).setFiles({ name: 'klage.pdf', mimeType: 'application/pdf', buffer: await appealPdf() });
  await expect(page.getByText('klage.pdf', { exact: true })).toBeVisible();

  // Own review: upheld with comments, then forwarded to IMDi with the letter.
  await page.getByRole('textbox', { name: /^Kommunens merknader til IMDi/ }).fill('Klagen gir ingen nye opplysninger.');
  await page.getByRole('button', { name: 'Opprettholde og lagre merknadene' }).click();
  await expect(page.getByText('Kommunen opprettholdt vedtaket 02.04.2020.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Lag oversendelsesbrev og send' }).click();
  await expect(page.getByText('Klagen ble sendt til IMDi 02.04.2020.').first()).toBeVisible({ timeout: 60_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'appeal-case.png'), fullPage: true });

  const letterDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lagre oversendelsesbrevet' }).click();
  const letterText = pdfText(await (await letterDownload).path());
  expect(letterText).toContain('Oversendelse av klage på vedtak om tilskudd');
  expect(letterText).toContain('Kopi: Språkvenner Bergen');
  expect(letterText).toContain('utsettes til klagen er avgjort (forvaltningsloven § 42)');

  const caseDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lagre saksdokumentene til IMDi (PDF)' }).click();
  const caseFile = await caseDownload;
  expect(caseFile.suggestedFilename()).toBe('klagesak-til-imdi-974760673-2020-04-02.pdf');
  const casePath = await caseFile.path();
  const caseText = pdfText(casePath);
  expect(caseText).toContain(`Klagesak til IMDi – ${TITLE}`);
  expect(caseText).toContain('Klageren ber om: At søknaden innvilges.');
  expect(caseText).toContain('Klagen gir ingen nye opplysninger.');
  expect(caseText).toContain('Vedtak om tilskudd – søknaden er avslått'); // the decision letter's pages
  expect(caseText).toContain('Klage fra Sprakvenner Bergen: vi ber om ny vurdering.'); // the appeal's PDF
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', casePath, join(SHOTS, 'appeal-case-file')]);

  // IMDi reverses: the new decision grants in full and replaces the rejection.
  await page.clock.setFixedTime(new Date('2020-05-12T10:00:00+02:00'));
  await page.getByRole('combobox', { name: 'Utfall hos IMDi' }).click();
  await page.getByRole('option', { name: 'Omgjort' }).click();
  await page.getByRole('combobox', { name: 'Utfall', exact: true }).click();
  await page.getByRole('option', { name: 'Innvilget', exact: true }).click();
  await page.getByLabel('Dato for IMDis vedtak').fill('2020-05-12');
  await page.getByRole('button', { name: 'Registrer IMDis vedtak' }).click();
  await expect(page.getByText('Omgjort av IMDi 12.05.2020.')).toBeVisible();
  await expect(page.getByText(/Nytt vedtak: Innvilget, kr\s30\s000/)).toBeVisible();

  // The list shows the appeal decided by IMDi.
  await page.getByRole('link', { name: 'Til klagene' }).click();
  const table = page.getByRole('table', { name: 'Klager' });
  await expect(table.getByRole('row').filter({ hasText: TITLE })).toContainText('Avgjort av IMDi');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'appeals-list.png'), fullPage: true });

  // The IMDi export: the row carries IMDi's reversal and the new decision.
  const exportPage = new ExportPage(page);
  await exportPage.open();
  const json = await exportPage.save('Lagre JSON');
  const report = JSON.parse(readFileSync(await json.path(), 'utf8')) as { tildelinger: { tittel: string; klage: string; vedtak: string; innvilget_belop: number }[] };
  expect(report.tildelinger.find((r) => r.tittel === TITLE)).toMatchObject({ klage: 'IMDi: omgjort', vedtak: 'innvilget', innvilget_belop: 30_000 });
});
