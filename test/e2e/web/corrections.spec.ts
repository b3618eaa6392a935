// Correcting the officer's mistakes in the browser: an acceptance corrected and undone (its terms
// withdrawn), a lapse undone; a repayment claim corrected and then withdrawn with a reason. Every
// confirm dialog is checked with axe and used from the keyboard where it matters.
import { resolve, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { CAFE, GIRLS, PAY_TODAY, seedSentGrants } from './pages/payments-seed';
import { seedPaidGrants } from './pages/reports-seed';

const SCREENSHOTS = process.env.SCREENSHOTS_DIR ?? resolve(import.meta.dirname, '../../../screenshots');

test.describe.configure({ timeout: 180_000 });
test.use({ viewport: { width: 1366, height: 900 } });

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('an acceptance is corrected and undone, and a lapse is undone', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(PAY_TODAY);
  await seedSentGrants(page);
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.goto('/#/utbetalinger');
  await expect(page.getByRole('heading', { level: 1, name: 'Utbetalinger' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const grants = page.getByRole('table', { name: 'Tilskudd og aksept' });
  const cafe = grants.getByRole('row').filter({ hasText: CAFE });
  const girls = grants.getByRole('row').filter({ hasText: GIRLS });

  await cafe.getByRole('button', { name: `Registrer aksept for «${CAFE}»` }).click();
  const accept = page.getByRole('dialog', { name: 'Registrer aksept av vilkårene' });
  await accept.getByLabel('Dato aksepten kom').fill('2023-04-18');
  await accept.getByRole('button', { name: 'Registrer aksept' }).click();
  await expect(cafe).toContainText('Akseptert 18.04.2023 (e-post)');

  // Correct: it came by letter a day earlier.
  await cafe.getByRole('button', { name: `Rett aksepten for «${CAFE}»` }).click();
  const correct = page.getByRole('dialog', { name: 'Rett registrert aksept' });
  await expect(correct.getByLabel('Dato aksepten kom')).toHaveValue('2023-04-18');
  await correct.getByLabel('Dato aksepten kom').fill('2023-04-17');
  await correct.getByRole('radio', { name: 'Brev' }).check();
  await expectNoSeriousAxeViolations(page);
  await correct.getByRole('button', { name: 'Lagre rettelsen' }).click();
  await expect(page.getByText('Aksepten er rettet.')).toBeVisible();
  await expect(cafe).toContainText('Akseptert 17.04.2023 (brev)');

  // Undo, from the keyboard: the safe answer has the focus; Tab to the confirm button.
  await cafe.getByRole('button', { name: `Angre aksepten for «${CAFE}»` }).click();
  const undo = page.getByRole('dialog', { name: 'Angre registrert aksept?' });
  await expect(undo.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'aksept-angre.png'), fullPage: true });
  await page.keyboard.press('Tab');
  await expect(undo.getByRole('button', { name: 'Angre aksepten' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Aksepten er angret. Tilskuddet venter på aksept igjen.')).toBeVisible();
  await expect(cafe).toContainText('Venter');
  await page.getByRole('tab', { name: 'Terminer' }).click();
  await expect(page.getByRole('table', { name: 'Terminer' }).getByRole('row').filter({ hasText: CAFE }).first()).toContainText('Venter på aksept');
  await page.getByRole('tab', { name: 'Aksept' }).click();

  // The overdue grant lapses, and the lapse is undone.
  await girls.getByRole('checkbox', { name: `Velg «${GIRLS}»` }).check();
  await page.getByRole('button', { name: 'Registrer bortfall (1)' }).click();
  const lapse = page.getByRole('dialog', { name: 'Registrer at tilskuddet har falt bort' });
  await lapse.getByRole('button', { name: 'Registrer bortfall' }).click();
  await expect(girls).toContainText('Bortfalt');
  await girls.getByRole('button', { name: `Angre bortfallet for «${GIRLS}»` }).click();
  const undoLapse = page.getByRole('dialog', { name: 'Angre bortfallet?' });
  await expectNoSeriousAxeViolations(page);
  await undoLapse.getByRole('button', { name: 'Angre bortfallet' }).click();
  await expect(page.getByText('Bortfallet er angret. Tilskuddet venter på aksept igjen.')).toBeVisible();
  await expect(girls).toContainText('Fristen er ute');
});

test('a repayment claim is corrected before its letter is sent, then withdrawn with a reason', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedPaidGrants(page);
  await page.goto('/#/rapportering');
  await expect(signedIn.heading('Rapportering')).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await page.getByRole('link', { name: 'Leksehjelp' }).click();
  await expect(signedIn.heading('Rapport: Leksehjelp')).toBeVisible();
  await page.getByRole('button', { name: 'Nytt krav om tilbakebetaling' }).click();
  const dialog = page.getByRole('dialog', { name: 'Krav om tilbakebetaling' });
  await dialog.getByLabel('Beløp som kreves tilbake').fill('10 000');
  await dialog.getByLabel('Begrunnelse (faktiske forhold og hovedhensyn)').fill('Kr 10 000 gikk til en datamaskin.');
  await dialog.getByLabel('Kommunens kontonummer for innbetalingen').fill('1503.20.80119');
  await dialog.getByRole('button', { name: 'Lagre kravet' }).click();
  await expect(dialog).toBeHidden();

  const claim = page.getByRole('region', { name: /Krav på kr 10 000/ });
  await claim.getByRole('button', { name: 'Rett kravet' }).click();
  const correct = page.getByRole('dialog', { name: 'Rett kravet om tilbakebetaling' });
  await correct.getByLabel(/Beløp som kreves tilbake/).fill('8 000');
  await expectNoSeriousAxeViolations(page);
  await correct.getByRole('button', { name: 'Lagre rettelsen' }).click();
  await expect(page.getByText('Kravet er rettet. Lag brevet på nytt.')).toBeVisible();

  const corrected = page.getByRole('region', { name: /Krav på kr 8 000/ });
  await corrected.getByRole('button', { name: 'Trekk kravet' }).click();
  const withdraw = page.getByRole('dialog', { name: 'Trekk kravet om tilbakebetaling?' });
  await expect(withdraw.getByRole('button', { name: 'Trekk kravet' })).toBeDisabled();
  await withdraw.getByLabel(/Begrunnelse for å trekke kravet/).fill('Datamaskinen var godkjent i søknaden.');
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'krav-trekk.png'), fullPage: true });
  await withdraw.getByRole('button', { name: 'Trekk kravet' }).click();
  await expect(page.getByText('Kravet er trukket.')).toBeVisible();
  await expect(corrected).toContainText('Trukket');
  await expect(corrected).toContainText('Datamaskinen var godkjent i søknaden.');
  await expect(corrected.getByRole('button', { name: 'Registrer innbetaling' })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.screenshot({ path: join(SCREENSHOTS, 'krav-trukket.png'), fullPage: true });
});
