// Screenshots for a human to look at (screenshots/ is gitignored). Run with SCREENSHOTS=1.
import { test, expect } from './fixtures';

test.skip(!process.env.SCREENSHOTS, 'only when SCREENSHOTS=1');
test.use({ viewport: { width: 1366, height: 820 } });

test('screenshots of the main screens', async ({ firstRun, shell, page }) => {
  test.slow();
  await firstRun.open();
  await page.screenshot({ path: 'screenshots/01-first-run.png' });
  await firstRun.submit.click();
  await expect(page.getByText('Velg kommune', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'screenshots/02-first-run-errors.png' });

  await firstRun.complete('Bergen', 'Kari Nordmann');
  await expect(shell.heading('Oversikt')).toBeVisible();
  await page.screenshot({ path: 'screenshots/03-overview.png', fullPage: true });

  await shell.goTo('Vurdering og møter');
  await page.screenshot({ path: 'screenshots/04-assessment.png' });

  await shell.goTo('Innstillinger');
  await expect(page.getByTestId('municipality-contact')).toBeVisible();
  await page.screenshot({ path: 'screenshots/05-settings.png' });

  await shell.openAbout();
  await expect(shell.aboutDialog).toContainText('Nettleser');
  await page.screenshot({ path: 'screenshots/06-about.png' });
});
