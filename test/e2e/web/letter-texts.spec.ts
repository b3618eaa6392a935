// Standardtekster i brev in the browser: a misspelt placeholder is refused at the field, the
// municipality's own text before the fixed appeal text (bokmål) is saved and marked, the page passes
// axe, and a letter made afterwards says the new text with its placeholders filled in, and still the
// fixed appeal text the law needs (read with pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { ApplicationForm } from './pages/applications-page';
import { SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';
import { DecisionList } from './pages/decisions-page';

const SHOTS = 'screenshots';
// The page's clock is fixed, so the letter date and deadlines are the same on every run.
const FIXED_NOW = new Date('2020-03-10T10:00:00+01:00');
const EDITED =
  'Er dere uenige i vedtaket, kan dere klage innen {klagefrist} etter at dere fikk brevet. Send klagen skriftlig til {kommune}. Integrerings- og mangfoldsdirektoratet (IMDi) er klageinstans, jf. forvaltningsloven §§ 28 og 29.';
const FILLED =
  'Er dere uenige i vedtaket, kan dere klage innen tre uker etter at dere fikk brevet. Send klagen skriftlig til Bergen kommune.';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test.use({ viewport: { width: 1366, height: 900 } });

test('an edited appeal text is checked, saved, and stands in the next letter', async ({ signedIn, page }) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(FIXED_NOW);
  mkdirSync(SHOTS, { recursive: true });

  await signedIn.goTo('Innstillinger');
  await page.getByRole('link', { name: 'Standardtekster i brev' }).click();
  await expect(signedIn.heading('Standardtekster i brev')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(page.getByRole('button', { name: 'Bokmål' })).toHaveAttribute('aria-pressed', 'true');
  const appeal = page.getByRole('textbox', { name: 'Klageadgang – egen tekst før' });
  await expect(appeal).toHaveValue('');
  await expect(page.getByTestId('fixed-appeal.text')).toContainText('Dere kan klage på vedtaket');

  // A misspelt placeholder: the message stands at the field, the field gets the focus, nothing saved.
  await appeal.fill(EDITED.replace('{klagefrist}', '{klagefirst}'));
  await page.getByRole('button', { name: 'Lagre tekstene' }).click();
  await expect(
    page.getByText('«Klageadgang – egen tekst før» har en ukjent plassholder: {klagefirst}. Se listen over plassholdere du kan bruke.'),
  ).toBeVisible();
  await expect(appeal).toHaveAttribute('aria-invalid', 'true');
  await expect(appeal).toBeFocused();
  await expect(page.getByText('Én tekst har feil. Rett den; ingenting er lagret.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await appeal.fill(EDITED);
  await page.getByRole('button', { name: 'Lagre tekstene' }).click();
  await expect(page.getByText('Tekstene på bokmål er lagret. Nye brev bruker dem.')).toBeVisible();
  const row = page.getByTestId('letter-text-appeal-before');
  await expect(row.getByText('Endret', { exact: true })).toBeVisible();
  await expect(page.getByText('1 tekst på bokmål er endret.')).toBeVisible();
  await row.getByText(/^Plassholdere du kan bruke/).click();
  await expect(row.getByText('klagefristen i ord, for eksempel «tre uker»')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'letter-texts.png') });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'letter-texts-appeal.png') });

  // The sample letter opens in the letters' preview dialog (rendered by the letters worker).
  await page.getByRole('button', { name: 'Forhåndsvis eksempelbrev' }).click();
  const preview = page.getByRole('dialog');
  // A fresh worker loads pdfmake and its fonts first: give it time on a busy machine.
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(preview).toContainText('Eksempelbrevet er laget av tenkte opplysninger');
  // Its pages are drawn, and their text (kept for screen readers) has the saved appeal text.
  await expect(preview.getByRole('img', { name: /^Side 1 av \d+$/ })).toBeVisible({ timeout: 30_000 });
  await expect(preview.getByRole('region', { name: 'Vedtaksbrevet' })).toHaveAttribute('aria-busy', 'false', { timeout: 20_000 });
  await expect(preview.getByRole('region', { name: 'Vedtaksbrevet' })).toContainText('klage innen tre uker');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  // A letter made now says the new text, filled in.
  await seedCallAndOrganisation(page);
  await page.goto('/#/soknader/ny');
  const form = new ApplicationForm(page);
  await expect(form.form).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill('Språkkafé for nyankomne');
  await form.chooseKind('Enkelttiltak');
  await form.subGoal('A').check();
  await form.amount.fill('20 000');
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Språkkafé for nyankomne' })).toBeVisible();

  const list = new DecisionList(page);
  await list.open();
  const decision = await list.openDecision('Språkkafé for nyankomne');
  await decision.decide('Innvilget');
  await page.getByRole('button', { name: 'Lag brev' }).click();
  await expect(page.getByText('Brevet er laget og lagret i saken.')).toBeVisible({ timeout: 30_000 });
  const downloading = page.waitForEvent('download');
  await decision.letters.getByRole('button', { name: /^Last ned brevet laget/ }).click();
  const download = await downloading;
  const pdf = join(mkdtempSync(join(tmpdir(), 'standardtekster-')), 'brev.pdf');
  await download.saveAs(pdf);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  expect(text).toContain(FILLED);
  expect(text).toContain('Integrerings- og mangfoldsdirektoratet (IMDi) er klageinstans');
  // The fixed appeal text stands after the municipality's own.
  expect(text).toContain('Dere kan klage på vedtaket');
  expect(text.indexOf(FILLED)).toBeLessThan(text.indexOf('Dere kan klage på vedtaket'));
  expect(text).not.toMatch(/\{\w+\}/);
});
