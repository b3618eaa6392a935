// Oversikt as the officer's working page: calm when the program is empty; with a call in every state,
// each «Å gjøre» count matches the records and opens the list it counts, already filtered; «Frister»
// lists what is overdue and the next 14 days; the calendar file reads back with the right days.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';
import { DECIDED_CALL, OPEN_CALL, OVERVIEW_TODAY, TITLES, seedOverview } from './pages/overview-seed';

const SHOTS = 'screenshots';

const todo = (page: Page, key: string): Locator => page.getByTestId(`todo-${key}`);

async function expectCount(page: Page, key: string, count: number): Promise<void> {
  await expect(todo(page, key).getByTestId('todo-count')).toHaveText(String(count));
}

async function backToOverview(page: Page): Promise<void> {
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await expect(todo(page, 'unscreened')).toBeVisible();
}

/** Follows an item's link and checks the list it opens. */
async function follow(page: Page, key: string, heading: string, check: () => Promise<void>): Promise<void> {
  await todo(page, key).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  await check();
  await backToOverview(page);
}

test('an empty program shows nothing alarming', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const main = page.getByRole('main');
  await expect(main.getByRole('region', { name: 'Å gjøre' })).toContainText('Ingen utlysninger ennå');
  await expect(main.getByRole('region', { name: 'Frister' })).toContainText('Ingen frister de neste 14 dagene, og ingenting har forfalt.');
  // New users see how a case goes.
  await expect(main.getByRole('button', { name: 'Vis hvordan en sak går' })).toHaveAttribute('aria-expanded', 'true');
  expect(await axeViolations(page)).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SHOTS, 'overview-empty-1366x768.png'), fullPage: true });
});

test('«Å gjøre» counts what waits, each count opens its list filtered, «Frister» and the calendar file', async ({ signedIn, page }) => {
  test.setTimeout(240_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await page.clock.setFixedTime(OVERVIEW_TODAY);
  await seedOverview(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });

  // The newest call comes first: the open one, where one application waits; the rest folds away.
  const section = page.getByRole('region', { name: 'Å gjøre' });
  await expect(section.getByRole('combobox', { name: 'Utlysning' })).toContainText(OPEN_CALL.title);
  await expectCount(page, 'unscreened', 1);
  const quiet = section.getByRole('button', { name: '10 punkter uten noe som venter' });
  await expect(quiet).toHaveAttribute('aria-expanded', 'false');
  await expect(todo(page, 'appealsOpen')).toBeHidden();
  await quiet.click();
  await expectCount(page, 'appealsOpen', 0);

  // The decided call: every count as the records say.
  await section.getByRole('combobox', { name: 'Utlysning' }).click();
  await page.getByRole('option', { name: DECIDED_CALL.title }).click();
  const expected: [string, number][] = [
    ['unscreened', 1], ['needsJudgement', 1], ['assessor-e2e-ov-p1', 2], ['assessor-e2e-ov-p2', 1], ['meeting', 3],
    ['recommendedUndecided', 1], ['withoutLetter', 1], ['lettersUnsent', 1], ['acceptancesOverdue', 1], ['paymentsDue', 1],
    ['reportsDueSoon', 1], ['reportsOverdue', 1], ['claimsUnpaid', 1], ['appealsOpen', 1],
  ];
  for (const [key, count] of expected) await expectCount(page, key, count);
  await expect(todo(page, 'meeting')).toContainText('Saker på sakslisten til møtet 25.04.2023');
  await expect(todo(page, 'meeting')).toContainText('1 er registrert så langt');
  await expect(todo(page, 'assessor-e2e-ov-p1')).toContainText('Vurderinger som mangler fra Anne Assessor');
  await expect(section.getByText('Ingenting venter')).toHaveCount(0);

  // «Frister»: overdue first, then the next 14 days, each linked to its case.
  const deadlines = page.getByRole('region', { name: 'Frister' });
  const overdue = deadlines.getByRole('list', { name: 'Frister: Forfalt' }).getByRole('listitem');
  await expect(overdue).toHaveText([
    /^22\.03\.2023Akseptfrist: Jentegruppe/,
    /^01\.04\.2023Rapportfrist: Matlaging på tvers/,
    /^15\.04\.2023Utbetaling: Norsktrening på biblioteket/,
  ]);
  const coming = deadlines.getByRole('list', { name: 'Frister: Kommende' }).getByRole('listitem');
  await expect(coming).toHaveText([
    /^25\.04\.2023Søknadsfrist: Ekstra runde 2023/,
    /^25\.04\.2023Møte: Integreringstilskudd 2023/,
    /^28\.04\.2023Frist for tilbakebetaling: Matlaging på tvers/,
    /^30\.04\.2023Rapportfrist: Norsktrening på biblioteket/,
    /^01\.05\.2023Akseptfrist: Språkkafé for nyankomne/,
    /^04\.05\.2023Klagefrist: Språkkafé for nyankomne/,
  ]);

  expect(await axeViolations(page)).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SHOTS, `overview-${width}x${height}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 768 });
  expect(await axeViolations(page)).toEqual([]);

  // The calendar file: the upcoming deadlines of the coming year as all-day events.
  const download = page.waitForEvent('download');
  await deadlines.getByRole('button', { name: 'Last ned frister som kalender (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('frister-2023-04-20.ics');
  const ics = readFileSync(await file.path(), 'utf8');
  expect(ics).toContain('\r\n');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => [e.startDate.toString(), e.startDate.isDate, e.summary])).toEqual([
    ['2023-04-25', true, 'Søknadsfrist: Ekstra runde 2023'],
    ['2023-04-25', true, 'Møte: Integreringstilskudd 2023'],
    ['2023-04-28', true, 'Frist for tilbakebetaling: Matlaging på tvers'],
    ['2023-04-30', true, 'Rapportfrist: Norsktrening på biblioteket'],
    ['2023-05-01', true, 'Akseptfrist: Språkkafé for nyankomne'],
    ['2023-05-04', true, 'Klagefrist: Språkkafé for nyankomne'],
    ['2024-02-01', true, 'Rapportfrist: Jentegruppe'],
    ['2024-02-01', true, 'Rapportfrist: Språkkafé for nyankomne'],
  ]);
  expect(events[0]!.uid).toBe(`soknadsfrist:${OPEN_CALL.id}@tilskudd-frivillige`);
  await expect(deadlines.getByRole('status')).toContainText('Kalenderfilen er lagret.');

  // Each count opens the list it counts, already filtered.
  await follow(page, 'unscreened', 'Søknader', async () => {
    await expect(page.getByTestId('row-count')).toHaveText('1 av 11 søknader');
    await expect(page.getByText(TITLES.a1)).toBeVisible();
  });
  await follow(page, 'needsJudgement', 'Søknader', async () => {
    await expect(page.getByTestId('row-count')).toHaveText('1 av 11 søknader');
    await expect(page.getByText(TITLES.a2)).toBeVisible();
  });
  await follow(page, 'assessor-e2e-ov-p1', 'Vurdering og møter', async () => {
    await expect(page.getByRole('combobox', { name: 'Utlysning' })).toContainText(DECIDED_CALL.title);
  });
  const decisionRows = () => page.getByRole('table', { name: 'Søknader og vedtak' }).getByRole('row').filter({ has: page.getByRole('checkbox') });
  for (const [key, title] of [['recommendedUndecided', TITLES.a3], ['withoutLetter', TITLES.a5], ['lettersUnsent', TITLES.a6]] as const) {
    await follow(page, key, 'Vedtak og brev', async () => {
      // The header's «select all» is one checkbox row too.
      await expect(decisionRows()).toHaveCount(2);
      await expect(decisionRows().nth(1)).toContainText(title);
    });
  }
  await follow(page, 'acceptancesOverdue', 'Utbetalinger', async () => {
    await expect(page.getByRole('tab', { name: 'Aksept' })).toHaveAttribute('aria-selected', 'true');
    const grants = page.getByRole('table', { name: 'Tilskudd og aksept' }).getByRole('row');
    await expect(grants).toHaveCount(2);
    await expect(grants.nth(1)).toContainText(TITLES.a7);
    await expect(grants.nth(1)).toContainText('Fristen er ute');
  });
  await follow(page, 'paymentsDue', 'Utbetalinger', async () => {
    await expect(page.getByRole('tab', { name: 'Terminer' })).toHaveAttribute('aria-selected', 'true');
    const terms = page.getByRole('table', { name: 'Terminer' }).getByRole('row');
    await expect(terms).toHaveCount(2);
    await expect(terms.nth(1)).toContainText(TITLES.a9);
  });
  // The header row and one row.
  const reportRows = () => page.getByRole('table', { name: 'Rapporter for tilskudd' }).getByRole('row');
  for (const [key, title] of [['reportsDueSoon', TITLES.a9], ['reportsOverdue', TITLES.a10]] as const) {
    await follow(page, key, 'Rapportering', async () => {
      await expect(reportRows()).toHaveCount(2);
      await expect(reportRows().nth(1)).toContainText(title);
    });
  }
  await follow(page, 'claimsUnpaid', 'Rapportering', async () => {
    const claims = page.getByRole('table', { name: 'Krav om tilbakebetaling for alle tilskudd' }).getByRole('row');
    await expect(claims).toHaveCount(2);
    await expect(claims.nth(1)).toContainText(TITLES.a10);
  });
  await follow(page, 'appealsOpen', 'Klager', async () => {
    const appeals = page.getByRole('table', { name: 'Klager' }).getByRole('row');
    await expect(appeals).toHaveCount(2);
    await expect(appeals.nth(1)).toContainText(TITLES.a8);
  });

  // A deadline opens its case.
  await deadlines.getByRole('link', { name: 'Rapportfrist: Matlaging på tvers' }).click();
  await expect(page).toHaveURL(/#\/rapportering\/e2e-ov-d10$/);
});
