// Screenshots for a human to look at (screenshots/ is gitignored). Run with SCREENSHOTS=1.
import { test, expect } from './fixtures';
import { seedDecidedYear } from './pages/export-seed';
import { seedChangeHistory } from './seeds/change-history';

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

// Every area of the side menu at the screen sizes officers use, with enough rows that a table with
// too little room would cut its text (issue: tables use the room they have), and a change log with
// a year's edits in it.
test('screenshots of every area at 1280, 1366 and 1920 wide', async ({ signedIn, page }) => {
  test.setTimeout(300_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedChangeHistory(page);
  await seedDecidedYear(page);

  const areas = await page.getByRole('navigation').getByRole('link').allTextContents();
  for (const [width, height] of [[1280, 800], [1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    for (const [i, area] of areas.entries()) {
      await page.getByRole('navigation').getByRole('link', { name: area, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
      await page.waitForTimeout(500);
      const name = area.normalize('NFD').replace(/[^\w]+/g, '-').toLowerCase();
      await page.screenshot({ path: `screenshots/areas-${width}-${String(i + 1).padStart(2, '0')}-${name}.png` });
      if (area === 'Søknader') {
        // A row reached by keyboard shows its cut text in full.
        await page.locator('tbody tr[data-index="0"]').focus();
        for (let n = 0; n < 3; n += 1) await page.keyboard.press('ArrowDown');
        await page.screenshot({ path: `screenshots/areas-${width}-soknader-row-focused.png` });
      }
    }
    await page.goto('/#/innstillinger/endringslogg');
    await expect(page.getByRole('table', { name: 'Endringslogg, nyeste først' })).toBeVisible({ timeout: 20_000 });
    await page.screenshot({ path: `screenshots/areas-${width}-endringslogg.png` });
  }
});
