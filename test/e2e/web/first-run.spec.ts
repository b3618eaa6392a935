import { test, expect, OFFICER } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';

test('a new officer picks the municipality, gives a name and sees both in the app bar', async ({
  firstRun,
  shell,
}) => {
  await firstRun.open();
  await firstRun.complete(OFFICER.municipality, OFFICER.name);

  await expect(shell.heading('Oversikt')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await shell.expectSignedIn(OFFICER.municipality, OFFICER.name);
  await expect(shell.main).toContainText('Hei, Kari!');
  await expect(shell.main).toContainText('Bergen kommune');
});

test('the setup says at each field what is missing', async ({ firstRun, page }) => {
  await firstRun.open();
  await firstRun.submit.click();

  await expect(page.getByText('Velg kommune', { exact: true })).toBeVisible();
  await expect(page.getByText('Navnet må ha minst 2 tegn')).toBeVisible();
  await expect(firstRun.municipality).toHaveAttribute('aria-invalid', 'true');
  await expect(firstRun.officerName).toHaveAttribute('aria-invalid', 'true');
  await expect(firstRun.heading).toBeVisible();
});

test('the settings survive a reload: no setup page the second time', async ({ signedIn, firstRun, page }) => {
  await page.reload();

  await expect(signedIn.heading('Oversikt')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await signedIn.expectSignedIn(OFFICER.municipality, OFFICER.name);
  await expect(firstRun.heading).toHaveCount(0);
});
