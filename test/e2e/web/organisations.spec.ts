// Registering an organisation through the UI; a bad orgnr is explained at the field.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { OrganisationForm, OrganisationList } from './pages/organisations';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function fillValid(form: OrganisationForm): Promise<void> {
  await form.orgnr.fill('864 139 442');
  await form.name.fill('Språkvenner Bergen');
  await form.registered.check();
  await form.checkedAt.fill('2020-01-10');
  await form.contactPerson.fill('Amina Hassan');
  await form.email.fill('post@sprakvenner.no');
  await form.accountNumber.fill('1234.56.78903');
}

test('an officer registers an organisation and sees it on its page and in the list', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const list = new OrganisationList(page);
  await list.open();
  await list.newButton.click();
  const form = new OrganisationForm(page);
  await fillValid(form);
  await form.submit.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Språkvenner Bergen' })).toBeVisible();
  await expect(page.getByText('Organisasjonen er registrert.')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText('864 139 442');
  await expect(main).toContainText('Registrert, kontrollert 10.01.2020');
  await expect(main).toContainText('1234.56.78903');
  await expect(main).toContainText('Organisasjonen har ingen søknader ennå.');

  await list.open();
  await expect(list.table).toContainText('Språkvenner Bergen');
  await list.search.fill('864 139');
  await expect(list.table.getByRole('row')).toHaveCount(2);
  await list.search.fill('finnes ikke');
  await expect(page.getByText('Ingen organisasjoner passer med «finnes ikke».')).toBeVisible();
});

test('a wrong check digit in the orgnr is explained at the field and nothing is saved', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const form = new OrganisationForm(page);
  await form.open();
  await fillValid(form);
  await form.orgnr.fill('864139443');
  await form.submit.click();

  await expect(form.orgnr).toHaveAttribute('aria-invalid', 'true');
  await expect(form.orgnr).toHaveAccessibleDescription(
    'Organisasjonsnummeret er ikke gyldig: kontrollsifferet stemmer ikke.',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Ny organisasjon' })).toBeVisible();

  const list = new OrganisationList(page);
  await list.open();
  await expect(page.getByText('Ingen organisasjoner ennå')).toBeVisible();
});

test('the organisation form has no serious accessibility problems, with and without errors', async ({
  signedIn,
  page,
}) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const form = new OrganisationForm(page);
  await form.open();
  expect(await seriousViolations(page)).toEqual([]);
  await form.orgnr.fill('864139443');
  await form.submit.click();
  await expect(form.orgnr).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
});

test('screenshots of the organisations area', async ({ signedIn, page }) => {
  test.skip(!process.env.SCREENSHOTS, 'only when SCREENSHOTS=1');
  await page.setViewportSize({ width: 1366, height: 820 });
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const form = new OrganisationForm(page);
  await form.open();
  await fillValid(form);
  await form.orgnr.fill('864139443');
  await form.submit.click();
  await expect(form.orgnr).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: 'screenshots/organisations-01-form-error.png', fullPage: true });
  await form.orgnr.fill('864 139 442');
  await form.submit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Språkvenner Bergen' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/organisations-02-page.png', fullPage: true });
  const list = new OrganisationList(page);
  await list.open();
  await page.screenshot({ path: 'screenshots/organisations-03-list.png' });
});
