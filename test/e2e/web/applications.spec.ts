import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { ApplicationCasePage, ApplicationForm, ApplicationList } from './pages/applications-page';
import { SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

test.beforeEach(async ({ signedIn, page }) => {
  // A full case with two axe runs; the shared machine can be slow.
  test.setTimeout(120_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedCallAndOrganisation(page);
});

test('bad input gives messages at the fields and saves nothing', async ({ page }) => {
  const list = new ApplicationList(page);
  await list.open();
  await expect(page.getByText('Ingen søknader ennå.')).toBeVisible();
  await list.newButton.click();
  const form = new ApplicationForm(page);
  await expect(form.form).toBeVisible();

  await form.amount.fill('åtte tusen');
  await form.save.click();
  await expect(page.getByText('Velg en organisasjon', { exact: true })).toBeVisible();
  await expect(page.getByText('Tittelen må fylles ut')).toBeVisible();
  await expect(page.getByText('Velg type', { exact: true })).toBeVisible();
  await expect(page.getByText('Velg minst ett delmål')).toBeVisible();
  await expect(page.getByText('Skriv beløpet i kroner, for eksempel 50 000')).toBeVisible();
  await expect(form.title).toHaveAttribute('aria-invalid', 'true');
  // The first error in the form has the focus.
  await expect(form.organisation).toBeFocused();

  // Leaving the changed form asks first.
  await page.getByRole('navigation').getByRole('link', { name: 'Søknader', exact: true }).click();
  await page.getByRole('dialog', { name: 'Gå fra siden uten å lagre?' }).getByRole('button', { name: 'Gå uten å lagre' }).click();
  await expect(page.getByText('Ingen søknader ennå.')).toBeVisible();
});

test('register an application, see its screening, override a rule, find it in the list', async ({ page }) => {
  const list = new ApplicationList(page);
  await list.open();
  await list.newButton.click();
  const form = new ApplicationForm(page);
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill('Språkkafé for nyankomne');
  await form.chooseKind('Enkelttiltak');
  await form.subGoal('A').check();
  await form.amount.fill('8 000');
  await form.save.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Språkkafé for nyankomne' })).toBeVisible();
  const casePage = new ApplicationCasePage(page);
  await casePage.tab('Formell vurdering').click();
  const r5 = casePage.rule('R5');
  await expect(r5).toContainText('Ikke bestått');
  await expect(r5).toContainText('under minstebeløpet');
  await expect(page.getByText(/Samlet resultat/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Overriding needs a written reason.
  await r5.getByRole('button', { name: 'Overstyr R5' }).click();
  const dialog = page.getByRole('dialog', { name: /Overstyr R5/ });
  await dialog.getByRole('button', { name: 'Lagre overstyring' }).click();
  await expect(dialog.getByText('Skriv en begrunnelse for overstyringen')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Begrunnelse' }).fill('Avtalt med IMDi at mindre tiltak kan få støtte i år.');
  await dialog.getByRole('button', { name: 'Lagre overstyring' }).click();
  await expect(dialog).toBeHidden();
  await expect(r5).toContainText('Bestått');
  await expect(r5).toContainText('Overstyrt av Kari Nordmann');
  await expect(r5).toContainText('Automatisk vurdering: Ikke bestått');

  await casePage.tab('Historikk').click();
  await expect(page.getByText(/Overstyrte R5 til «Bestått»/)).toBeVisible();
  await expect(page.getByText('Registrerte søknaden')).toBeVisible();

  // The reference the letters print as «Vår ref.» (the call has no archive case number here).
  await casePage.tab('Detaljer').click();
  const reference = (await page.locator('dt:text-is("Vår referanse") + dd').textContent()) ?? '';
  expect(reference).toMatch(/^2020\/[0-9A-F]{8}$/);

  // Quick search in the list, by orgnr typed with a space.
  await page.getByRole('link', { name: 'Til søknadslisten' }).click();
  await expect(list.table).toBeVisible();
  await list.search.fill('974 760');
  await expect(list.rowCount).toHaveText('1 av 1 søknad');
  await expect(list.row('Språkkafé for nyankomne')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await list.search.fill('finnes ikke');
  await expect(page.getByText('Ingen søknader passer med søket og filtrene.')).toBeVisible();
  // An organisation that quotes the letter's reference is found by it, copied whole.
  await list.search.fill(reference);
  await expect(list.rowCount).toHaveText('1 av 1 søknad');
  await list.search.fill('språk');
  await list.row('Språkkafé for nyankomne').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Språkkafé for nyankomne' })).toBeVisible();
});
