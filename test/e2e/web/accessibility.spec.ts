import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('the first-run page has no serious accessibility problems', async ({ firstRun, page }) => {
  test.slow(); // two axe runs
  await firstRun.open();
  expect(await seriousViolations(page)).toEqual([]);
  // And with the validation messages showing.
  await firstRun.submit.click();
  await expect(page.getByText('Velg kommune', { exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the overview has no serious accessibility problems', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('Vedtak og brev without a call has no serious accessibility problems', async ({ signedIn, page }) => {
  await signedIn.goTo('Vedtak og brev');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the settings page has no serious accessibility problems', async ({ signedIn, page }) => {
  await signedIn.goTo('Innstillinger');
  await expect(page.getByTestId('municipality-contact')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the letter texts page has no serious accessibility problems', async ({ signedIn, page }) => {
  test.slow(); // a long page, two axe runs
  await page.goto('/#/innstillinger/standardtekster');
  await expect(signedIn.heading('Standardtekster i brev')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  // With a placeholder list open and a confirmation dialog, too.
  await page.getByTestId('letter-text-appeal-before').getByText(/^Plassholdere du kan bruke/).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('textbox', { name: 'Hilsen' }).fill('Vennlig hilsen');
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await expect(page.getByRole('dialog', { name: 'Bytte målform uten å lagre?' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the About dialog has no serious accessibility problems', async ({ signedIn, page }) => {
  await signedIn.openAbout();
  await signedIn.aboutDialog.getByRole('button', { name: 'Teknisk informasjon' }).click();
  await expect(signedIn.aboutDialog).toContainText('Nettleser');
  expect(await seriousViolations(page)).toEqual([]);
});
