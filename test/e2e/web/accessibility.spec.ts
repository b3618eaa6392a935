import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

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

test('a not-yet-built area has no serious accessibility problems', async ({ signedIn, page }) => {
  await signedIn.goTo('Vedtak og brev');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the settings page has no serious accessibility problems', async ({ signedIn, page }) => {
  await signedIn.goTo('Innstillinger');
  await expect(page.getByTestId('municipality-contact')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the About dialog has no serious accessibility problems', async ({ signedIn, page }) => {
  await signedIn.openAbout();
  await expect(signedIn.aboutDialog).toContainText('Nettleser');
  expect(await seriousViolations(page)).toEqual([]);
});
