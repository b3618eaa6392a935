import { test, expect } from './fixtures';
import { AREAS, PAGE_LOAD_TIMEOUT } from './pages/app-shell';

test('every area in the side menu opens its page and changes the address', async ({ signedIn, page }) => {
  // Eleven pages, each its own chunk: give it room on a busy two-core machine.
  test.slow();
  for (const area of [...AREAS.slice(1), AREAS[0]]) {
    await signedIn.goTo(area.name);
    await expect(page).toHaveURL(new RegExp(`${area.hash.replace('/', '\\/')}$`));
    await expect(signedIn.nav.getByRole('link', { name: area.name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  }
});

test('every area is built: none of them says it is not made yet', async ({ signedIn }) => {
  test.slow();
  for (const area of AREAS) {
    await signedIn.goTo(area.name);
    await expect(signedIn.heading(area.name)).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
    await expect(signedIn.main).not.toContainText('ikke laget ennå');
  }
});

test('an address typed directly opens that area, also after a reload', async ({ signedIn, page }) => {
  await page.goto('/#/klager');
  await expect(signedIn.heading('Klager')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await page.reload();
  await expect(signedIn.heading('Klager')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
});

test('settings show the municipality contact and save a new name', async ({ signedIn, page }) => {
  await signedIn.goTo('Innstillinger');
  await expect(page.getByTestId('municipality-contact')).toContainText('Sølve Sætre');

  const name = page.getByRole('textbox', { name: 'Navnet ditt' });
  await name.fill('Kari Nordmann Hansen');
  await page.getByRole('button', { name: 'Lagre endringene' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Endringene er lagret.' })).toBeVisible();
  await expect(signedIn.header).toContainText('Kari Nordmann Hansen');
});

test('the keyboard reaches the skip link first and it moves focus to the main content', async ({
  signedIn,
  page,
}) => {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(signedIn.main).toBeFocused();
  // The skip link must not change the route (the hash belongs to the router).
  await expect(page).not.toHaveURL(/hovedinnhold/);
});
