// Layout at the window sizes officers use: the change log's table fits at 1280 and 1024 wide and
// scrolls inside its own frame when narrower (200 % zoom), never cutting a header; the side menu's
// white column reaches the foot of a page taller than the window. Screenshots in screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { ChangeLogPage } from './pages/change-log-page';
import { ApplicationList } from './pages/applications-page';
import { seedChangeHistory } from './seeds/change-history';

const SHOTS = 'screenshots';

/** Headers whose text is wider than their cell (cut off), by text. */
const clippedHeaders = (table: Locator) =>
  table.evaluate((el) => [...el.querySelectorAll('th')].filter((th) => th.scrollWidth > th.clientWidth).map((th) => th.textContent));

/** How far the table's frame scrolls sideways (0 when the table fits). */
const overflow = (table: Locator) => table.evaluate((el) => el.parentElement!.scrollWidth - el.parentElement!.clientWidth);
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('the change log fits at 1280 and 1024 wide, and scrolls in its frame at 200 % zoom', async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedChangeHistory(page);
  mkdirSync(SHOTS, { recursive: true });
  const log = new ChangeLogPage(page);
  await log.openFromSettings();
  await expect(log.table.getByRole('row').nth(1)).toBeVisible();

  for (const [width, height] of [[1280, 800], [1024, 768]] as const) {
    await page.setViewportSize({ width, height });
    await log.table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `layout-change-log-${width}.png`) });
    expect(await clippedHeaders(log.table), `${width} wide`).toEqual([]);
    expect(await overflow(log.table), `${width} wide`).toBe(0);
    expect(await pageOverflow(page), `${width} wide`).toBe(0);
  }

  // 1280 at 200 % zoom: the table may scroll sideways in its frame, the page does not; no header is cut.
  await page.setViewportSize({ width: 640, height: 400 });
  await log.table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'layout-change-log-640.png') });
  expect(await pageOverflow(page)).toBe(0);
  expect(await clippedHeaders(log.table)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
});

/** The colour of one pixel of a PNG, decoded in the page (no image library in the tests). */
function pixel(page: Page, png: Buffer, x: number, y: number): Promise<number[]> {
  return page.evaluate(async ({ bytes, x, y }) => {
    const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    return [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
  }, { bytes: [...png], x, y });
}

test('the side menu is white down to the foot of a page taller than the window', async ({ signedIn, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signedIn.goTo('Innstillinger');
  mkdirSync(SHOTS, { recursive: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeGreaterThan(1200);
  // The whole page in one picture, as the CI's screenshots are taken, and scrolled to its foot.
  const whole = await page.screenshot({ path: join(SHOTS, 'layout-menu-whole-page.png'), fullPage: true });
  for (const y of [200, 900, height - 10]) expect(await pixel(page, whole, 20, y), `at y ${y}`).toEqual([255, 255, 255]);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const foot = await page.screenshot({ path: join(SHOTS, 'layout-menu-scrolled.png') });
  expect(await pixel(page, foot, 20, 790)).toEqual([255, 255, 255]);
});

test('the menu entry of the open area stays on one line, so that the entries below do not move', async ({ signedIn, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const links = signedIn.nav.getByRole('link');
  const names = await links.allTextContents();
  for (const name of names) {
    const link = signedIn.nav.getByRole('link', { name, exact: true });
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    // One line of text in a 44 px entry; two lines would make it taller.
    expect((await link.boundingBox())!.height, name).toBeLessThanOrEqual(44);
  }
});

/** How many lines of text an element's box holds. */
const lines = (locator: Locator) =>
  locator.evaluate((el) => Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)));

test('Søknader at 1280 wide: the count and «Bekreft R2» on one line each, a long title on two lines before it is cut', async ({ signedIn, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedChangeHistory(page);
  const list = new ApplicationList(page);
  await list.open();
  await expect(list.rowCount).toHaveText('40 av 40 søknader', { timeout: 30_000 });
  expect(await lines(list.rowCount)).toBe(1);
  expect(await lines(page.getByRole('button', { name: 'Bekreft R2 for organisasjonene' }))).toBe(1);
  // «Turgruppe for ungdom» and its like are longer than the title column is wide.
  const title = list.row('Turgruppe for ungdom').getByRole('cell').nth(1).locator('div');
  expect(await lines(title)).toBe(2);
  await page.screenshot({ path: join(SHOTS, 'layout-applications-1280.png') });
});

test('after the first run, the overview opens at its top, not where the form was scrolled to', async ({ firstRun, shell, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun.open();
  await firstRun.complete('Bergen', 'Kari Nordmann');
  await expect(shell.heading('Oversikt')).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
