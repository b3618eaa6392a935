// Decisions and letters in the browser: decide three applications (full, partial, rejection),
// make their letters as one zip download, read one with pdftotext, mark them sent, see them locked.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { ApplicationForm } from './pages/applications-page';
import { SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';
import { DecisionList } from './pages/decisions-page';

const APPS = [
  { title: 'Språkkafé for nyankomne', kind: 'Enkelttiltak', goal: 'A', amount: '20 000' },
  { title: 'Leksehjelp på biblioteket', kind: 'Prosjekt', goal: 'B', amount: '150 000' },
  { title: 'Fotballskole i sommerferien', kind: 'Aktivitet', goal: 'A', amount: '50 000' },
] as const;

const SHOTS = 'screenshots';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function registerApplication(page: Page, app: (typeof APPS)[number]) {
  await page.goto('/#/soknader/ny');
  const form = new ApplicationForm(page);
  await expect(form.form).toBeVisible();
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill(app.title);
  await form.chooseKind(app.kind);
  await form.subGoal(app.goal).check();
  await form.amount.fill(app.amount);
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: app.title })).toBeVisible();
}

// The page's clock is fixed (below), so "today" in the app is this day whatever the real date is.
const FIXED_NOW = new Date('2020-03-10T10:00:00+01:00');
function norwegianToday(): string {
  return '10.03.2020';
}

test.use({ viewport: { width: 1366, height: 900 } });

test('decide, make letters as a zip, mark them sent, and see the decisions locked', async ({ signedIn, page }) => {
  test.setTimeout(240_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(FIXED_NOW);
  await seedCallAndOrganisation(page);
  for (const app of APPS) await registerApplication(page, app);
  mkdirSync(SHOTS, { recursive: true });

  const list = new DecisionList(page);
  await list.open();
  await expect(page.getByRole('region', { name: 'Budsjett for utlysningen' })).toContainText('kr\u00a010\u00a0000\u00a0000');
  await expect(list.row(APPS[0].title)).toContainText('Ikke vedtatt');
  expect(await seriousViolations(page)).toEqual([]);

  // Full grant: the amount is the amount applied for.
  let decision = await list.openDecision(APPS[0].title);
  await decision.outcome('Innvilget').check();
  await expect(decision.amount).toHaveValue('20\u00a0000');
  await decision.decide('Innvilget');
  await decision.back();

  // Partial grant: reasons are required, then a template fills them.
  decision = await list.openDecision(APPS[1].title);
  await decision.outcome('Delvis innvilget').check();
  await decision.amount.fill('100 000');
  await decision.save.click();
  await expect(decision.form.getByText('Begrunnelse må fylles ut når søknaden ikke innvilges fullt ut')).toBeVisible();
  await expect(decision.justification).toHaveAttribute('aria-invalid', 'true');
  await decision.decide('Delvis innvilget', { amount: '100 000', template: 'Rammen er brukt opp' });
  await expect(page.getByRole('region', { name: 'Slik står det i brevet' })).toContainText('Revidert regnskap kreves');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'decisions-form.png'), fullPage: true });
  await decision.back();

  // Rejection.
  decision = await list.openDecision(APPS[2].title);
  await decision.decide('Avslått', { template: 'Lav måloppnåelse sammenlignet med andre søknader' });
  await decision.back();

  await expect(list.row(APPS[1].title)).toContainText('Delvis innvilget');
  await expect(list.row(APPS[1].title)).toContainText('kr\u00a0100\u00a0000');
  await expect(page.getByRole('region', { name: 'Budsjett for utlysningen' })).toContainText('kr\u00a0120\u00a0000');

  // All three letters in one zip.
  const downloading = page.waitForEvent('download');
  await list.makeLetters.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('vedtaksbrev-2020.zip');
  const dir = mkdtempSync(join(tmpdir(), 'vedtaksbrev-'));
  const zipPath = join(dir, 'vedtaksbrev-2020.zip');
  await download.saveAs(zipPath);
  const { readFileSync } = await import('node:fs');
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  expect(Object.keys(files).sort()).toEqual([
    '974760673-Fotballskole-i-sommerferien-avslag.pdf',
    '974760673-Leksehjelp-pa-biblioteket-delvis-innvilgelse.pdf',
    '974760673-Sprakkafe-for-nyankomne-innvilgelse.pdf',
  ]);
  const partialPdf = join(dir, 'delvis.pdf');
  writeFileSync(partialPdf, files['974760673-Leksehjelp-pa-biblioteket-delvis-innvilgelse.pdf']!);
  const text = execFileSync('pdftotext', ['-layout', partialPdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
  expect(text).toContain('kr 100 000');
  expect(text).toContain('kr 150 000');
  expect(text).toMatch(/klage/i);
  expect(text).toContain('tre uker');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', partialPdf, join(SHOTS, 'decisions-letter')]);
  await expect(page.getByText('3 brev er laget og lagret i vedtaksbrev-2020.zip.')).toBeVisible();
  for (const app of APPS) await expect(list.row(app.title)).toContainText('Laget');
  await page.screenshot({ path: join(SHOTS, 'decisions-list.png'), fullPage: true });

  // Mark each sent: the decision locks and the appeal deadline shows.
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  for (const app of APPS) {
    decision = await list.openDecision(app.title);
    if (app === APPS[0]) {
      // The preview draws the letter's pages with pdf.js (letter-preview.spec.ts looks closer).
      await page.getByRole('button', { name: 'Nynorsk' }).click();
      await page.getByRole('button', { name: 'Forhåndsvis brev' }).click();
      const preview = page.getByRole('dialog', { name: 'Forhåndsvisning av vedtaksbrev' });
      // A fresh worker loads pdfmake and its fonts first: give it time on a busy machine.
      await expect(preview.getByRole('img', { name: /^Side 1 av \d+$/ })).toBeVisible({ timeout: 30_000 });
      await expect(preview.getByRole('region', { name: 'Vedtaksbrevet' })).toHaveAttribute('aria-busy', 'false');
      await preview.getByRole('button', { name: 'Lukk' }).click();
      expect(cspErrors).toEqual([]);
    }
    await decision.letters.getByRole('button', { name: /^Merk som sendt/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Merk brevet som sendt' });
    await expect(dialog).toContainText('Klagefristen blir');
    await dialog.getByRole('button', { name: 'Merk som sendt' }).click();
    await expect(page.getByText(/Brevet er merket som sendt\. Klagefristen er/)).toBeVisible();
    await expect(page.getByText('Vedtaket er låst')).toBeVisible();
    await expect(decision.form).toHaveCount(0);
    await expect(decision.letters).toContainText(`Sendt ${norwegianToday()}`);
    await decision.back();
  }
  for (const app of APPS) {
    await expect(list.row(app.title)).toContainText('Låst');
    await expect(list.row(app.title)).toContainText(`Sendt ${norwegianToday()}`);
  }
  await page.screenshot({ path: join(SHOTS, 'decisions-list-sent.png') });

  // Changing a locked decision makes a new one that replaces it in the history.
  decision = await list.openDecision(APPS[2].title);
  await page.getByRole('button', { name: 'Endre vedtaket (nytt vedtak)' }).click();
  await expect(page.getByText(/Det nye vedtaket erstatter det låste vedtaket/)).toBeVisible();
  await decision.decide('Innvilget');
  await expect(page.getByText('Erstattet av nytt vedtak')).toBeVisible();
  await expect(page.getByText('Gjeldende')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'decisions-history.png'), fullPage: true });
});
