// The letter preview in the browser: pdf.js draws every page of a generated letter on a canvas,
// sharp on a high-DPI screen, with the letter's text for screen readers, in a region keyboard
// users can scroll; "Lagre PDF" still saves the whole letter; no CSP errors; no serious axe
// problems in the open dialog.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ApplicationForm } from './pages/applications-page';
import { SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';
import { DecisionList } from './pages/decisions-page';

const APP = { title: 'Leksehjelp på biblioteket', kind: 'Prosjekt', goal: 'B', amount: '150 000' } as const;
const FIXED_NOW = new Date('2020-03-10T10:00:00+01:00');

test.use({ viewport: { width: 1366, height: 900 }, deviceScaleFactor: 2 });

async function seriousViolationsIn(page: Page, selector: string) {
  const results = await new AxeBuilder({ page })
    .include(selector)
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Size and ink of each page canvas: how many pixels are dark (text) and how many near white. */
async function canvasFacts(region: Locator) {
  return region.locator('canvas').evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      let dark = 0;
      let white = 0;
      for (let i = 0; i < data.length; i += 4) {
        const luma = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
        if (luma < 100) dark += 1;
        else if (luma > 240) white += 1;
      }
      const pixels = canvas.width * canvas.height;
      return {
        label: canvas.getAttribute('aria-label'),
        pixelWidth: canvas.width,
        cssWidth: canvas.getBoundingClientRect().width,
        darkShare: dark / pixels,
        whiteShare: white / pixels,
      };
    }),
  );
}

test('the letter preview draws every page of the letter, readable and accessible', async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(FIXED_NOW);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|pdf/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await seedCallAndOrganisation(page);

  await page.goto('/#/soknader/ny');
  const form = new ApplicationForm(page);
  await expect(form.form).toBeVisible();
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill(APP.title);
  await form.chooseKind(APP.kind);
  await form.subGoal(APP.goal).check();
  await form.amount.fill(APP.amount);
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: APP.title })).toBeVisible();

  const list = new DecisionList(page);
  await list.open();
  const decision = await list.openDecision(APP.title);
  await decision.outcome('Delvis innvilget').check();
  await decision.decide('Delvis innvilget', { amount: '100 000', template: 'Rammen er brukt opp' });

  await page.getByRole('button', { name: 'Forhåndsvis brev' }).click();
  const dialog = page.getByRole('dialog', { name: 'Forhåndsvisning av vedtaksbrev' });
  const region = dialog.getByRole('region', { name: 'Vedtaksbrevet' });
  // A fresh worker loads pdfmake and its fonts, then pdf.js loads: give it time on a busy machine.
  await expect(region.getByRole('img', { name: /^Side 1 av \d+$/ })).toBeVisible({ timeout: 30_000 });
  await expect(region).toHaveAttribute('aria-busy', 'false', { timeout: 15_000 });
  await expect(region.getByText('Laster brevet …')).toHaveCount(0);

  // "Lagre PDF" still saves the whole letter after pdf.js has read it; pdfinfo counts its pages.
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Lagre PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('974760673-Leksehjelp-pa-biblioteket-delvis-innvilgelse.pdf');
  const pdfPath = join(mkdtempSync(join(tmpdir(), 'forhandsvisning-')), 'brev.pdf');
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const pageCount = Number(/^Pages:\s+(\d+)$/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
  expect(pageCount).toBeGreaterThanOrEqual(1);

  // One picture per page, named "Side n av N", each with ink on white paper, drawn at the
  // screen's pixel density (two canvas pixels per CSS pixel here).
  const facts = await canvasFacts(region);
  expect(facts.map((f) => f.label)).toEqual(Array.from({ length: pageCount }, (_, i) => `Side ${i + 1} av ${pageCount}`));
  for (const f of facts) {
    expect(f.darkShare, `${f.label} has text`).toBeGreaterThan(0.002);
    expect(f.whiteShare, `${f.label} is mostly white paper`).toBeGreaterThan(0.7);
    expect(f.cssWidth).toBeGreaterThan(600);
    expect(f.pixelWidth).toBe(Math.floor(f.cssWidth) * 2);
  }

  // Screen readers get the letter's text.
  await expect(region).toContainText(APP.title);
  await expect(region).toContainText(/kr\s100\s000/);

  expect(await seriousViolationsIn(page, '[role="dialog"]')).toEqual([]);
  mkdirSync('screenshots', { recursive: true });
  await page.screenshot({ path: join('screenshots', 'letter-preview.png') });

  // A window narrower than the dialog's widest: the pages are drawn again to fit, still sharp.
  await page.setViewportSize({ width: 800, height: 900 });
  // Every page, not just the first: on a slow machine the later ones are still being drawn.
  await expect
    .poll(
      async () => {
        const narrow = await canvasFacts(region);
        return (
          narrow.length === facts.length &&
          narrow.every((f) => f.cssWidth < facts[0]!.cssWidth && f.pixelWidth === Math.floor(f.cssWidth) * 2 && f.darkShare > 0.002)
        );
      },
      { timeout: 20_000 },
    )
    .toBe(true);

  // Keyboard users can scroll the letter: from the top, PageDown moves it down.
  await region.evaluate((el) => el.scrollTo({ top: 0, behavior: 'instant' }));
  const overflow = await region.evaluate((el) => el.scrollHeight - el.clientHeight);
  expect(overflow, 'the letter is taller than the region, so there is something to scroll').toBeGreaterThan(100);
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('PageDown');
  await expect.poll(() => region.evaluate((el) => el.scrollTop), { timeout: 15_000 }).toBeGreaterThan(0);

  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(dialog).toBeHidden();
  expect(problems).toEqual([]);
});
