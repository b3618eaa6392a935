// Creating a call through the UI, seeing it in the list and on its page with its budget.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CallForm, CallList, CallPage } from './pages/calls';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

const CALL = {
  year: '2020',
  title: 'Tilskudd til integreringsarbeid 2020',
  deadline: '2020-02-05',
  frame: '2 500 000',
  frames: { A: '1 000 000', C: '1 000 000' },
};

async function createCall(page: Page): Promise<CallPage> {
  const list = new CallList(page);
  await list.open();
  await list.newButton.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny utlysning' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const form = new CallForm(page);
  await form.fill(CALL);
  await form.submit.click();
  await expect(page.getByRole('heading', { level: 1, name: CALL.title })).toBeVisible();
  return new CallPage(page);
}

test('an officer creates a call and sees it with its budget', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const call = await createCall(page);
  await expect(page.getByText('Utlysningen er opprettet.')).toBeVisible();
  await expect(page.getByRole('main').getByText('Utkast', { exact: true })).toBeVisible();

  await expect(call.budget).toBeVisible();
  await expect(await call.budgetCell('Budsjettramme', 'Totalt')).toHaveText('kr\u00a02\u00a0500\u00a0000');
  await expect(await call.budgetCell('Budsjettramme', 'Delmål A')).toHaveText('kr\u00a01\u00a0000\u00a0000');
  await expect(await call.budgetCell('Budsjettramme', 'Delmål B')).toHaveText('–');
  // The 2020 defaults went in with it.
  await expect(page.getByRole('main')).toContainText('kr\u00a01\u00a0000\u00a0000');
  await expect(page.getByRole('main')).toContainText('3 uker');
  await expect(page.getByRole('main')).toContainText('01.02.2021');
  await expect(page.getByRole('link', { name: 'Se søknadene i utlysningen' })).toHaveAttribute(
    'href',
    /#\/soknader\?utlysning=/,
  );

  const list = new CallList(page);
  await list.open();
  await expect(list.row(CALL.title)).toContainText('05.02.2020');
  await expect(list.row(CALL.title)).toContainText('kr\u00a02\u00a0500\u00a0000');
  await expect(list.row(CALL.title)).toContainText('Utkast');
});

test('a call is opened for applications after a confirmation', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const call = await createCall(page);
  await call.statusButton('Åpne for søknader').click();
  const dialog = page.getByRole('dialog', { name: 'Åpne utlysningen?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Ja, endre status' }).click();
  await expect(page.getByText('Utlysningen har nå status «Åpen».')).toBeVisible();
  await expect(call.statusButton('Lukk for søknader')).toBeVisible();
});

test('the call form and the call page have no serious accessibility problems', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.goto('/#/utlysninger/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny utlysning' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  expect(await seriousViolations(page)).toEqual([]);
  await createCall(page);
  await expect(page.getByRole('table', { name: 'Budsjett for utlysningen' })).toBeVisible();
  // The saved notice grows in; axe would measure its contrast half-faded.
  await expect(page.getByRole('alert').filter({ hasText: 'Utlysningen er opprettet.' })).toHaveCSS('opacity', '1');
  expect(await seriousViolations(page)).toEqual([]);
});

test('screenshots of the calls area', async ({ signedIn, page }) => {
  test.skip(!process.env.SCREENSHOTS, 'only when SCREENSHOTS=1');
  await page.setViewportSize({ width: 1366, height: 820 });
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.goto('/#/utlysninger/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny utlysning' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await page.screenshot({ path: 'screenshots/calls-01-form.png', fullPage: true });
  await createCall(page);
  await page.screenshot({ path: 'screenshots/calls-02-page.png', fullPage: true });
  const list = new CallList(page);
  await list.open();
  await page.screenshot({ path: 'screenshots/calls-03-list.png' });
});
