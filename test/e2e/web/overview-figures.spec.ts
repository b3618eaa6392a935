// Oversikt's figures against the seeded rows: the open call at a glance (counts, frame, kinds,
// target groups), the years, a switch to last year's call, the organisation's years, axe, and
// screenshots at two window sizes (screenshots/ is gitignored).
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeViolations } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { OPEN_CALL_TITLE, seedOpenCallBesideDecidedYear } from './pages/overview-figures-seed';

const NBSP = '\u00a0';
const money = (kroner: number) => `kr${NBSP}${String(kroner).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)}`;

/** The rows of a figure's table (its caption is the figure's title), as cell texts. */
async function tableRows(page: Page, title: string): Promise<string[][]> {
  const figure = page.getByRole('region', { name: title, exact: true });
  await figure.getByRole('button', { name: 'Vis som tabell' }).click();
  const table = figure.getByRole('table', { name: title });
  await expect(table).toBeVisible();
  return table.getByRole('row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
  );
}

/** The value under a key figure's label (a dt and its dd). */
function keyFigure(main: Locator, label: string): Locator {
  return main.locator('dt').getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]');
}

async function openSeeded(page: Page): Promise<void> {
  await seedOpenCallBesideDecidedYear(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(page.getByRole('heading', { level: 2, name: 'Utlysning i gang' })).toBeVisible();
}

test('Oversikt shows the open call’s figures as the records hold them, and the years', async ({ signedIn, page }) => {
  await openSeeded(page);
  const main = signedIn.main;
  await expect(main.getByRole('combobox', { name: 'Utlysning' })).toContainText(OPEN_CALL_TITLE);

  await expect(keyFigure(main, 'Søknader')).toContainText('4');
  await expect(keyFigure(main, 'Vedtatt')).toHaveText('1');
  await expect(keyFigure(main, 'Ikke formelt vurdert')).toHaveText('1');
  await expect(keyFigure(main, 'Trenger skjønn')).toHaveText('1');
  await expect(keyFigure(main, 'Igjen av rammen')).toHaveText(money(500_000));

  expect(await tableRows(page, 'Søknader etter status')).toEqual([
    ['Kategori', 'Søknader'], ['Mottatt', '1'], ['Under behandling', '1'], ['Vurdert', '1'], ['Vedtatt', '1'], ['Avsluttet', '0'], ['Trukket', '1'],
  ]);
  expect(await tableRows(page, 'Søknader etter formell vurdering')).toEqual([
    ['Kategori', 'Søknader'], ['Bestått', '1'], ['Skjønn', '1'], ['Ikke bestått', '1'], ['Ikke vurdert', '1'],
  ]);
  expect(await tableRows(page, 'Rammen: innvilget, foreslått og igjen')).toEqual([
    ['Kategori', 'Ramme', 'Innvilget', 'Foreslått', 'Igjen'],
    ['Totalt', money(600_000), money(100_000), money(25_000), money(500_000)],
    ['Delmål A', '–', money(50_000), money(0), '–'],
    ['Delmål B', '–', money(50_000), money(0), '–'],
    ['Delmål C', money(200_000), money(0), money(25_000), money(200_000)],
  ]);
  expect(await tableRows(page, 'Søknader etter type')).toEqual([
    ['Kategori', 'Søknader'], ['Prosjekt', '1'], ['Enkelttiltak', '2'], ['Aktivitet', '1'], ['Driftsstøtte', '0'],
  ]);
  expect(await tableRows(page, 'Søknader etter målgruppe')).toEqual([
    ['Kategori', 'Søknader'], ['Flyktninger', '3'], ['Arbeidsinnvandrere', '0'], ['Familieinnvandrere', '1'],
    ['Beboere i asylmottak', '1'], ['Befolkningen i lokalsamfunnet generelt', '1'],
  ]);
  expect(await tableRows(page, 'Over årene')).toEqual([
    ['År', 'Søkt', 'Innvilget', 'Utbetalt', 'Tilbakebetalt'],
    ['2023', money(105_000), money(65_000), money(40_000), money(0)],
    ['2024', money(185_000), money(100_000), money(0), money(0)],
  ]);
  // Every figure has drawn its chart.
  await expect(main.getByTestId('figure-chart').locator('svg').first()).toBeVisible();
  expect(await main.getByTestId('figure-chart').count()).toBe(6);
  expect(await axeViolations(page)).toEqual([]);
});

test('the select switches to last year’s call', async ({ signedIn, page }) => {
  await openSeeded(page);
  await signedIn.main.getByRole('combobox', { name: 'Utlysning' }).click();
  await page.getByRole('option', { name: /^2023: / }).click();
  await expect(keyFigure(signedIn.main, 'Vedtatt')).toHaveText('3');
  await expect(keyFigure(signedIn.main, 'Igjen av rammen')).toHaveText(money(435_000));
});

test('the organisation page shows its years', async ({ signedIn, page }) => {
  await openSeeded(page);
  await signedIn.goTo('Organisasjoner');
  await signedIn.main.getByRole('link', { name: 'Bergen Røde Kors' }).click();
  expect(await tableRows(page, 'Over årene')).toEqual([
    ['År', 'Søkt', 'Innvilget', 'Utbetalt', 'Tilbakebetalt'],
    ['2023', money(40_000), money(40_000), money(40_000), money(0)],
    ['2024', money(140_000), money(100_000), money(0), money(0)],
  ]);
  await expect(signedIn.main.getByTestId('figure-chart').locator('svg').first()).toBeVisible();
  await page.screenshot({ path: 'screenshots/overview-figures-organisation.png', fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
});

for (const size of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }]) {
  test(`screenshot of Oversikt at ${size.width}×${size.height}`, async ({ signedIn, page }) => {
    await page.setViewportSize(size);
    await openSeeded(page);
    await expect(signedIn.main.getByTestId('figure-chart').locator('svg').first()).toBeVisible();
    await expect(signedIn.main.getByRole('heading', { name: 'Over årene' })).toBeVisible();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `screenshots/overview-figures-${size.width}.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });
}
