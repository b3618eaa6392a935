// Decisions that follow the screening and bulk actions that are safe: a grant for an application
// under the minimum is refused until the failing rule is overridden with a reason; a bulk rejection
// over a mix leaves the sent decision untouched and says so; «Lag brev som mangler» run again makes
// no second letter. Axe checks the pages changed; screenshots of the decision page and bulk dialog.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { test, expect } from './fixtures';
import { ApplicationForm } from './pages/applications-page';
import { SEED_CALL, SEED_ORG, seedCallAndOrganisation } from './pages/applications-seed';
import { DecisionList } from './pages/decisions-page';

const SHOTS = 'screenshots';
const FIXED_NOW = new Date('2020-03-10T10:00:00+01:00');

const UNDER_MINIMUM = { title: 'Sykkelkurs for kvinner', amount: '5 000' };
const PLAIN = { title: 'Språkkafé på huset', amount: '20 000' };
const TO_SEND = { title: 'Leksehjelp i sentrum', amount: '25 000' };

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

async function registerApplication(page: Page, app: { title: string; amount: string }) {
  await page.goto('/#/soknader/ny');
  const form = new ApplicationForm(page);
  await expect(form.form).toBeVisible();
  await form.chooseOrganisation('974 760', SEED_ORG.name);
  await form.title.fill(app.title);
  await form.chooseKind('Enkelttiltak');
  await form.subGoal('A').check();
  await form.amount.fill(app.amount);
  await form.save.click();
  await expect(page.getByRole('heading', { level: 1, name: app.title })).toBeVisible();
}

/** Letters stored in the app's database (one sent, two from the batch). */
async function letterCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const req = indexedDB.open('tilskudd-frivillige');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const count = req.result.transaction('letters').objectStore('letters').count();
          count.onsuccess = () => {
            resolve(count.result);
            req.result.close();
          };
        };
      }),
  );
}

test.use({ viewport: { width: 1366, height: 900 } });

test('a failed screening blocks a grant until overridden; bulk never touches a sent decision; letters are made once', async ({ signedIn, page }) => {
  test.setTimeout(240_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(FIXED_NOW);
  await seedCallAndOrganisation(page);
  for (const app of [UNDER_MINIMUM, PLAIN, TO_SEND]) await registerApplication(page, app);
  mkdirSync(SHOTS, { recursive: true });

  // 0. R2 confirmed once for the organisation from the applications list (filtered on the call).
  await page.goto(`/#/soknader?utlysning=${SEED_CALL.id}`);
  await expect(page.getByTestId('row-count')).toContainText('3');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Bekreft R2 for organisasjonene' }).click();
  const r2 = page.getByRole('dialog', { name: 'Bekreft R2 for organisasjonene' });
  // The orgnr as the officer reads it, in groups of three.
  await expect(r2).toContainText(`${SEED_ORG.name} (974 760 673)`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'decision-safety-r2-dialog.png') });
  await r2.getByRole('button', { name: 'Bekreft for 1 organisasjon' }).click();
  await expect(page.getByText('R2 er bekreftet for 1 organisasjon; 3 søknader er vurdert på nytt.')).toBeVisible();

  const list = new DecisionList(page);
  await list.open();

  // 1. Granting the application under the minimum is refused, with the rule and why.
  let decision = await list.openDecision(UNDER_MINIMUM.title);
  const basis = page.getByTestId('screening-basis');
  await expect(basis).toContainText('R5 Type tiltak og beløp:');
  await expect(basis).toContainText('under minstebeløpet');
  await expect(basis.getByRole('link', { name: 'Åpne søknaden og den formelle vurderingen' })).toBeVisible();
  // R2 was confirmed for the organisation, so it no longer waits for judgement.
  await expect(basis).not.toContainText('R2 Frivillig organisasjon');
  await decision.outcome('Innvilget').check();
  await decision.save.click();
  await expect(decision.form.getByText(/kan ikke innvilges fordi den ikke har bestått den formelle vurderingen \(R5: /)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'decision-safety-refused.png'), fullPage: true });

  // Overridden with a written reason from the decision page, the grant goes through.
  await basis.getByRole('button', { name: 'Overstyr R5' }).click();
  const override = page.getByRole('dialog', { name: /^Overstyr R5/ });
  await override.getByRole('radio', { name: 'Bestått', exact: true }).check();
  await override.getByRole('textbox', { name: /Begrunnelse/ }).fill('Kurset er del av et større tiltak som til sammen er over minstebeløpet.');
  await override.getByRole('button', { name: /Lagre/ }).click();
  await expect(override).toHaveCount(0);
  await expect(basis).toContainText('Overstyrt av saksbehandler');
  await decision.save.click();
  await expect(page.getByText('Vedtaket er lagret.')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'decision-safety-overridden.png'), fullPage: true });
  await decision.back();

  // 2. One grant whose letter is made and sent: its decision locks.
  decision = await list.openDecision(TO_SEND.title);
  await decision.decide('Innvilget');
  await page.getByRole('button', { name: 'Lag brev', exact: true }).click();
  await expect(page.getByText('Brevet er laget og lagret i saken.')).toBeVisible({ timeout: 60_000 });
  await decision.letters.getByRole('button', { name: /^Merk som sendt/ }).click();
  await page.getByRole('dialog', { name: 'Merk brevet som sendt' }).getByRole('button', { name: 'Merk som sendt' }).click();
  await expect(page.getByText('Vedtaket er låst')).toBeVisible();
  await decision.back();

  // 3. A bulk rejection over all three: no outcome until chosen, the plan names the sent one.
  await page.getByRole('checkbox', { name: 'Velg alle søknader' }).check();
  await list.decideSelected.click();
  const bulk = page.getByRole('dialog', { name: 'Vedta for valgte søknader' });
  await expect(bulk.getByRole('button', { name: /^Fatt/ })).toBeDisabled();
  await bulk.getByRole('combobox', { name: /Utfall/ }).click();
  await page.getByRole('option', { name: 'Avslått' }).click();
  await bulk.getByRole('textbox', { name: /Egen tekst/ }).fill('Rammen er brukt opp.');
  const plan = bulk.getByTestId('bulk-plan');
  await expect(plan).toContainText('1 søknad blir avslått (nytt vedtak).');
  await expect(plan).toContainText('1 vedtak som ikke er sendt, blir endret til avslått.');
  await expect(plan).toContainText('1 søknad hoppes over fordi brevet er sendt og vedtaket er låst.');
  await expect(plan).toContainText(`«${TO_SEND.title}»`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'decision-safety-bulk-dialog.png') });
  await bulk.getByRole('button', { name: 'Fatt 2 vedtak' }).click();
  await expect(page.getByText('2 vedtak er fattet. 1 søknad ble hoppet over og står som før.')).toBeVisible();
  await expect(list.row(TO_SEND.title)).toContainText('Innvilget');
  await expect(list.row(TO_SEND.title)).toContainText('Låst');
  await expect(list.row(PLAIN.title)).toContainText('Avslått');
  await expect(list.row(UNDER_MINIMUM.title)).toContainText('Avslått');

  // 4. Letters only where missing; a second run has nothing to make.
  await page.getByRole('checkbox', { name: 'Velg alle søknader' }).uncheck();
  await expect(list.makeLetters).toHaveText(/Lag brev som mangler \(2\)/);
  const downloading = page.waitForEvent('download');
  await list.makeLetters.click();
  const download = await downloading;
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(zip).sort()).toEqual([
    '974760673-Sprakkafe-pa-huset-avslag.pdf',
    '974760673-Sykkelkurs-for-kvinner-avslag.pdf',
  ]);
  await expect(page.getByText('2 brev er laget og lagret i vedtaksbrev-2020.zip.')).toBeVisible();
  // Nothing is left to make, for the call or for a selection of all its rows.
  await expect(page.getByRole('button', { name: 'Alle vedtak har brev' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Velg alle søknader' }).check();
  await expect(page.getByRole('button', { name: 'Alle vedtak har brev' })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Velg alle søknader' }).uncheck();
  expect(await letterCount(page)).toBe(3);
  await expect(page.getByRole('button', { name: 'Merk brev som sendt (2)' })).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'decision-safety-list.png'), fullPage: true });
});
