// Forms never lose work: leaving a changed form asks, a new organisation is registered without
// leaving the application form, a submit with errors shows and focuses the first error, and every
// focusable kind shows the same focus outline.
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { ApplicationForm } from './pages/applications-page';
import { seedCallAndOrganisation } from './pages/applications-seed';

/** With SCREENSHOTS=1, a picture for a person to look at (screenshots/ is gitignored). */
async function picture(page: Page, name: string) {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `screenshots/forms-${name}.png` });
}

const sideNavLink = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

async function openNewCall(page: Page): Promise<Locator> {
  await page.goto('/#/utlysninger/ny');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny utlysning' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  return page.getByRole('main');
}

test.beforeEach(async ({ signedIn }) => {
  test.setTimeout(120_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
});

test('leaving a changed form asks: «Bli her» keeps the input, «Gå uten å lagre» leaves', async ({ page }) => {
  const main = await openNewCall(page);
  const title = main.getByRole('textbox', { name: 'Tittel' });
  await title.fill('Tilskudd 2021');

  await sideNavLink(page, 'Søknader').click();
  const ask = page.getByRole('dialog', { name: 'Gå fra siden uten å lagre?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Bli her' })).toBeFocused();
  await picture(page, 'leave-guard');
  expect(await axeViolations(page)).toEqual([]);
  await ask.getByRole('button', { name: 'Bli her' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny utlysning' })).toBeVisible();
  await expect(title).toHaveValue('Tilskudd 2021');

  await sideNavLink(page, 'Søknader').click();
  await ask.getByRole('button', { name: 'Gå uten å lagre' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søknader' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });

  // Back on a fresh form, nothing typed: moving away does not ask.
  await openNewCall(page);
  await sideNavLink(page, 'Søknader').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Søknader' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
});

test('closing the window with a changed form asks the browser to confirm', async ({ page }) => {
  const main = await openNewCall(page);
  await main.getByRole('textbox', { name: 'Tittel' }).fill('Tilskudd 2021');
  const asked = page.waitForEvent('dialog');
  // The close waits for the answer, so it is not awaited here.
  void page.close({ runBeforeUnload: true }).catch(() => {});
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  // Staying keeps the page and what was typed.
  await expect(main.getByRole('textbox', { name: 'Tittel' })).toHaveValue('Tilskudd 2021');
});

test('a new organisation is registered in a dialog and chosen, and the application keeps its input', async ({ page }) => {
  await seedCallAndOrganisation(page);
  await page.goto('/#/soknader/ny');
  const form = new ApplicationForm(page);
  await expect(form.form).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await form.title.fill('Leksehjelp for nye bergensere');
  await form.amount.fill('45 000');

  await page.getByRole('button', { name: 'Registrer en ny organisasjon' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrer en ny organisasjon' });
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('textbox', { name: 'Organisasjonsnummer' }).fill('864 139 442');
  await dialog.getByRole('textbox', { name: 'Navn', exact: true }).fill('Bergen Røde Kors');
  await picture(page, 'new-organisation-dialog');
  await dialog.getByRole('button', { name: 'Registrer organisasjonen' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: 'Organisasjonen er registrert.' })).toBeVisible();
  await expect(page).toHaveURL(/#\/soknader\/ny/);
  await expect(form.organisation).toHaveValue(/Bergen Røde Kors/);
  await expect(form.title).toHaveValue('Leksehjelp for nye bergensere');
  await expect(form.amount).toHaveValue(/^45\s000$/);
  await picture(page, 'new-organisation-chosen');
});

test('a submit with a frame error brings the error into view and focuses it', async ({ page }) => {
  const main = await openNewCall(page);
  await main.getByRole('textbox', { name: 'År' }).fill('2021');
  await main.getByRole('textbox', { name: 'Tittel' }).fill('Tilskudd 2021');
  await main.getByLabel('Søknadsfrist').fill('2021-02-05');
  await main.getByRole('textbox', { name: 'Budsjettramme' }).fill('100 000');
  await main.getByRole('textbox', { name: 'Delmål A' }).fill('80 000');
  await main.getByRole('textbox', { name: 'Delmål B' }).fill('80 000');
  await page.getByRole('button', { name: 'Opprett utlysningen' }).click();

  const error = main.getByText('Rammene per delmål er til sammen mer enn budsjettrammen');
  await expect(error).toBeFocused();
  await expect(error).toBeInViewport();
  await picture(page, 'frame-error-focused');
  await expect(page.getByRole('heading', { level: 1, name: 'Ny utlysning' })).toBeVisible();
});

/** The focused element's kind and the outline drawn for it (on itself or the MUI control around it). */
async function focusedOutline(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const shown = (el.closest('.Mui-focusVisible') as HTMLElement | null) ?? el;
    const style = getComputedStyle(shown);
    const kind =
      el.getAttribute('role') === 'tab' ? 'tab'
      : el.matches('input[type="checkbox"]') ? 'checkbox'
      : el.matches('input[type="radio"]') ? 'radio'
      : el.closest('.MuiChip-root') ? 'chip'
      : el.matches('tr') ? 'row'
      : el.matches('a') ? 'link'
      : el.matches('button, [role="button"]') ? 'button'
      : el.matches('input, textarea, [role="combobox"]') ? 'field'
      : el.tagName.toLowerCase();
    return { kind, text: (el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40), outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` };
  });
}

async function tabThrough(page: Page, presses: number) {
  const seen: { kind: string; text: string; outline: string }[] = [];
  for (let i = 0; i < presses; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await focusedOutline(page);
    if (focused && focused.kind !== 'field') seen.push(focused);
  }
  return seen;
}

test('every focusable kind shows the same focus outline when reached by keyboard', async ({ page }) => {
  await seedCallAndOrganisation(page);
  const RING = 'solid 3px rgb(179, 92, 0)';
  const seen: { kind: string; text: string; outline: string }[] = [];

  // The application form: links, buttons, checkboxes.
  // From the top: the skip link, the header, the menu, then the form's fields and buttons.
  await page.goto('/#/soknader/ny');
  await expect(new ApplicationForm(page).form).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  seen.push(...(await tabThrough(page, 60)));

  // Tabs: the payments page's.
  await page.goto('/#/utbetalinger');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await page.getByRole('tab').first().focus();
  await page.keyboard.press('ArrowRight');
  await picture(page, 'tab-focused');
  const focused = await focusedOutline(page);
  if (focused) seen.push(focused);

  const kinds = new Set(seen.map((s) => s.kind));
  for (const kind of ['link', 'button', 'checkbox', 'tab']) expect(kinds, `reached a ${kind}`).toContain(kind);
  expect(seen.filter((s) => s.outline !== RING)).toEqual([]);
});
