// The user guide opens inside the program from the About dialog: readable, with its pictures,
// keyboard-usable and without serious accessibility problems.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test('the About dialog opens the user guide, with its pictures, and it passes axe', async ({ signedIn, page }) => {
  await signedIn.openAbout();
  await signedIn.aboutDialog.getByRole('button', { name: 'Brukerveiledning' }).click();
  await expect(signedIn.aboutDialog).toBeHidden();
  await expect(signedIn.heading('Brukerveiledning')).toBeVisible();
  await expect(page).toHaveURL(/#\/hjelp$/);
  // As after any move to another page, focus starts at the main content, not on the About button.
  await expect(page.getByRole('main')).toBeFocused();
  await page.screenshot({ path: 'screenshots/hjelp.png' });

  const guide = page.getByTestId('user-guide');
  await expect(guide.getByRole('heading', { level: 2, name: 'Vedtak og brev' })).toBeVisible();
  await expect(guide.getByRole('heading', { level: 3, name: /ikke er registrert i Frivillighetsregisteret/ })).toBeVisible();
  // Every screenshot is served with the program and has loaded.
  const images = guide.getByRole('img');
  expect(await images.count()).toBeGreaterThanOrEqual(5);
  for (const img of await images.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
  }

  // The table of contents moves focus to the section it names.
  await page.getByRole('navigation', { name: 'Innholdet i brukerveiledningen' })
    .getByRole('button', { name: 'Ofte stilte spørsmål' }).click();
  await expect(guide.getByRole('heading', { level: 2, name: 'Ofte stilte spørsmål' })).toBeFocused();

  await page.screenshot({ path: 'screenshots/hjelp-sporsmal.png' });
  expect(await seriousViolations(page)).toEqual([]);
});
