// The letters' legal content in the browser: the first run asks the officer's own phone and e-mail
// (and the municipality's postal address); without the postal address the letter panel says what is
// missing and links to Brevmal; a nynorsk letter for a decision with bokmål-only reasons asks for the
// nynorsk text first; hostile edits of the letter texts are refused in Innstillinger. Axe on each page.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, OFFICER } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { ApplicationForm } from './pages/applications-page';
import { SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';
import { DecisionList } from './pages/decisions-page';

const FIXED_NOW = new Date('2020-03-10T10:00:00+01:00');
const TITLE = 'Språkkafé for nyankomne';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function registerAndReject(page: Page) {
  await seedCallAndOrganisation(page);
  await page.goto('/#/soknader/ny');
  const form = new ApplicationForm(page);
  await expect(form.form).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill(TITLE);
  await form.chooseKind('Enkelttiltak');
  await form.subGoal('A').check();
  await form.amount.fill('20 000');
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const list = new DecisionList(page);
  await list.open();
  const decision = await list.openDecision(TITLE);
  await decision.decide('Avslått', { text: 'Sammenlignet med de andre søknadene bidrar tiltaket i mindre grad til målene.' });
  return decision;
}

test.use({ viewport: { width: 1366, height: 900 } });

test('the first run asks the officer’s phone and e-mail; without a postal address no letter can be made', async ({ firstRun, shell, page }) => {
  test.setTimeout(180_000);
  await firstRun.open();
  const phone = page.getByRole('textbox', { name: 'Telefonnummeret ditt' });
  const email = page.getByRole('textbox', { name: 'E-postadressen din' });
  await expect(phone).toBeVisible();
  await expect(email).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Kommunens postadresse' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await firstRun.chooseMunicipality(OFFICER.municipality);
  await firstRun.officerName.fill(OFFICER.name);
  await phone.fill('55 56 12 34');
  await email.fill('kari.nordmann@');
  await firstRun.submit.click();
  await expect(page.getByText('Skriv en gyldig e-postadresse, for eksempel kari.nordmann@bergen.kommune.no')).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  expect(await seriousViolations(page)).toEqual([]);
  await email.fill('kari.nordmann@bergen.kommune.no');
  await firstRun.submit.click();
  await expect(shell.heading('Oversikt')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });

  // Innstillinger shows and changes them.
  await shell.goTo('Innstillinger');
  await expect(page.getByRole('textbox', { name: 'Telefonnummeret ditt' })).toHaveValue('55 56 12 34');
  await expect(page.getByRole('textbox', { name: 'E-postadressen din' })).toHaveValue('kari.nordmann@bergen.kommune.no');
  expect(await seriousViolations(page)).toEqual([]);

  // No postal address was given: the letter panel says so, links to Brevmal, and makes no letter.
  await page.clock.setFixedTime(FIXED_NOW);
  await registerAndReject(page);
  await expect(page.getByText('Kommunens postadresse mangler')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lag brev' })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Gå til Innstillinger → Brevmal' }).click();
  await expect(shell.heading('Brevmal')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(page.getByRole('textbox', { name: /^Postadresse/ })).toBeVisible();
});

test('a nynorsk letter with bokmål-only reasons asks for the nynorsk text first', async ({ signedIn, page }) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(FIXED_NOW);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await registerAndReject(page);

  const make = page.getByRole('button', { name: 'Lag brev' });
  await expect(make).toBeEnabled();
  await page.getByRole('button', { name: 'Nynorsk' }).click();
  await expect(page.getByText('Begrunnelsen finnes ikke på nynorsk')).toBeVisible();
  await expect(make).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Forhåndsvis' })).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'screenshots/letter-nynorsk-reason-missing.png', fullPage: true });

  await page.getByRole('textbox', { name: 'Begrunnelse på nynorsk' }).fill('Samanlikna med dei andre søknadene bidreg tiltaket i mindre grad til måla.');
  await page.getByRole('button', { name: 'Lagre begrunnelsen' }).click();
  await expect(page.getByText('Begrunnelsen finnes ikke på nynorsk')).toBeHidden();
  await expect(make).toBeEnabled();
  await make.click();
  await expect(page.getByText('Brevet er laget og lagret i saken.')).toBeVisible({ timeout: 30_000 });
});

test('hostile edits of the letter texts are refused in Innstillinger', async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  await signedIn.goTo('Innstillinger');
  await page.getByRole('link', { name: 'Standardtekster i brev' }).click();
  await expect(signedIn.heading('Standardtekster i brev')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });

  // The legally required appeal text is no field at all: it is shown as fixed text.
  await expect(page.getByRole('textbox', { name: 'Klageadgang – tekst' })).toHaveCount(0);
  await expect(page.getByTestId('fixed-appeal.text')).toContainText('som er klageinstans');

  const save = page.getByRole('button', { name: 'Lagre tekstene' });
  const before = page.getByRole('textbox', { name: 'Klageadgang – egen tekst før' });
  await before.fill('Vedtaket er endelig og kan ikke påklages. {klagefrist} {kommune} IMDi');
  const access = page.getByRole('textbox', { name: 'Innsyn – egen tekst etter' });
  await access.fill('Innsyn gis ikke.');
  const changes = page.getByRole('textbox', { name: 'Endringer – egen tekst etter' });
  await changes.fill('Endringer krever ikke samtykke.');
  await save.click();
  await expect(page.getByText('3 tekster har feil. Rett dem; ingenting er lagret.')).toBeVisible();
  await expect(page.getByText(/^«Klageadgang – egen tekst før» kan ikke si at vedtaket ikke kan påklages/)).toBeVisible();
  await expect(before).toHaveAttribute('aria-invalid', 'true');
  await expect(access).toHaveAttribute('aria-invalid', 'true');
  await expect(changes).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Alle tekstene på bokmål er standardtekster.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: 'screenshots/letter-texts-hostile.png' });

  // Harmless text around the fixed one is accepted.
  await before.fill('Vi gjør oppmerksom på følgende.');
  await access.fill('');
  await changes.fill('');
  await save.click();
  await expect(page.getByText('Tekstene på bokmål er lagret. Nye brev bruker dem.')).toBeVisible();

  // The law references are a dated setting of their own.
  await expect(page.getByRole('heading', { name: 'Lovhenvisninger i brevene' })).toBeVisible();
});
