// Layout at the window sizes officers use: the change log's table fits at 1280 and 1024 wide and
// scrolls inside its own frame when narrower (200 % zoom), never cutting a header; the side menu's
// white column reaches the foot of a page taller than the window, and folds into a menu button in a
// narrow window; a row reached by keyboard keeps its texts in their cells; the call's budget reads
// on one line a row. Screenshots in screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { ChangeLogPage } from './pages/change-log-page';
import { ApplicationList } from './pages/applications-page';
import { SEED_CALL, seedCallAndOrganisation } from './pages/applications-seed';
import { CallPage } from './pages/calls';
import { DecisionList } from './pages/decisions-page';
import { seedChangeHistory } from './seeds/change-history';
import { seedDecidedCall } from './seeds/decided-call';

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

/** Søknader with the change-history seed's 40 applications, in a window `width` px wide. */
async function seededApplicationList(page: Page, width: number, height = 800): Promise<ApplicationList> {
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await seedChangeHistory(page);
  await page.setViewportSize({ width, height });
  const list = new ApplicationList(page);
  await list.open();
  await expect(list.rowCount).toHaveText('40 av 40 søknader', { timeout: 30_000 });
  return list;
}

test('Søknader at 1280 wide: the count and «Bekreft R2» on one line each, a long title on two lines before it is cut', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const list = await seededApplicationList(page, 1280);
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

/**
 * The texts of a row's cells drawn outside their cell (over a neighbour): none is wanted. What a
 * box inside the cell cuts off (overflow hidden, line clamp) is not drawn and does not count.
 */
const spilledCells = (row: Locator) =>
  row.evaluate((tr) =>
    [...tr.querySelectorAll('td')]
      .filter((td) => {
        const cell = td.getBoundingClientRect();
        return [...td.querySelectorAll('*')].some((el) => {
          let { left, right, top, bottom } = el.getBoundingClientRect();
          for (let clip = el.parentElement; clip && clip !== td; clip = clip.parentElement) {
            if (getComputedStyle(clip).overflow === 'visible') continue;
            const box = clip.getBoundingClientRect();
            left = Math.max(left, box.left);
            right = Math.min(right, box.right);
            top = Math.max(top, box.top);
            bottom = Math.min(bottom, box.bottom);
          }
          return right > left && (left < cell.left - 0.5 || right > cell.right + 0.5 || top < cell.top - 0.5 || bottom > cell.bottom + 0.5);
        });
      })
      .map((td) => td.textContent),
  );

const style = (locator: Locator) =>
  locator.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, outline: `${s.outlineStyle} ${s.outlineWidth}`, height: el.getBoundingClientRect().height };
  });

/** Presses Tab until focus is in `within`, at most `max` times. */
async function tabInto(page: Page, within: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await within.evaluate((el) => el.contains(document.activeElement))) return;
  }
  throw new Error('Tab did not reach the table');
}

test('Søknader: a row reached by keyboard keeps its texts in their cells, with a ring and the hover colour; the orgnr reads in groups of three', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const list = await seededApplicationList(page, 1280);

  // The generator's «Venneforening …» has orgnr 906101106: shown grouped, found typed either way.
  const organisation = list.table.locator('tbody tr[data-index]').first().getByRole('cell').first();
  await expect(organisation).toContainText('906 101 106');
  for (const typed of ['906 101 106', '906101106']) {
    await list.search.fill(typed);
    await expect(list.rowCount).not.toHaveText('40 av 40 søknader');
    await expect(list.rowCount).not.toHaveText(/^0 av/);
    await expect(list.table.locator('tbody tr[data-index]').first()).toContainText('906 101 106');
  }
  await list.search.fill('');
  await expect(list.rowCount).toHaveText('40 av 40 søknader');

  await list.search.focus();
  await tabInto(page, list.table.locator('tbody'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const focused = list.table.locator('tbody tr:focus-visible');
  await expect(focused).toHaveAttribute('data-index', '2');
  // Another row under the pointer, and one neither hovered nor focused.
  await list.table.locator('tbody tr[data-index="4"]').hover();
  const hovered = await style(list.table.locator('tbody tr[data-index="4"]'));
  const plain = await style(list.table.locator('tbody tr[data-index="5"]'));
  await page.screenshot({ path: join(SHOTS, 'layout-applications-focused-row.png') });
  const ring = await style(focused);

  expect(await spilledCells(focused)).toEqual([]);
  expect(ring.height).toBe(hovered.height);
  expect(ring.outline).toMatch(/^solid [23]px$/);
  expect(ring.background).toBe(hovered.background);
  expect(ring.background).not.toBe(plain.background);
});

test('Vedtak og brev: a title reached by keyboard stays in its cell and row, with a ring and the hover colour', async ({ signedIn, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedCallAndOrganisation(page);
  await seedDecidedCall(page, {
    count: 12,
    decided: 4,
    title: (n) => `Møteplass for nye og gamle innbyggere i bydelen, med leksehjelp og språkkafé ${n}`,
    outcome: 'delvis_innvilget',
    grantedOre: 2_000_000,
  });
  const list = new DecisionList(page);
  await list.open();
  const rows = list.table.locator('tbody tr[data-index]');
  await expect(rows.first()).toBeVisible();
  const heightBefore = (await style(rows.nth(1))).height;

  // Into the table, to the second row's title link.
  await tabInto(page, list.table.locator('tbody'));
  for (let i = 0; i < 12; i++) {
    if (await rows.nth(1).getByRole('link').evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  const link = rows.nth(1).getByRole('link');
  await expect(link).toBeFocused();
  await rows.nth(5).hover();
  const hovered = await style(rows.nth(5));
  await page.screenshot({ path: join(SHOTS, 'layout-decisions-focused-title.png') });

  expect(await spilledCells(rows.nth(1))).toEqual([]);
  expect(await spilledCells(rows.nth(2))).toEqual([]);
  expect((await style(rows.nth(1))).height).toBe(heightBefore);
  expect((await style(rows.nth(1))).background).toBe(hovered.background);
  expect((await style(link)).outline).toMatch(/^solid [23]px$/);
  // The ring is inside the cell, not cut off by it.
  const ring = await link.evaluate((a) => {
    const cell = a.closest('td')!.getBoundingClientRect();
    const clip = a.parentElement!.getBoundingClientRect();
    const box = a.getBoundingClientRect();
    const width = parseFloat(getComputedStyle(a).outlineWidth) + parseFloat(getComputedStyle(a).outlineOffset);
    return { inClip: box.left - width >= clip.left - 0.5 && box.top - width >= clip.top - 0.5, inCell: clip.right <= cell.right + 0.5 };
  });
  expect(ring).toEqual({ inClip: true, inCell: true });
});

test("the call's budget: every figure on one line at 1280 and 1024 wide, no column out of view, the sub-goals' names on a line each", async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedCallAndOrganisation(page);
  await seedDecidedCall(page, { count: 30, decided: 30, title: (n) => `Søknad ${n}`, outcome: 'delvis_innvilget', grantedOre: 2_000_000 });
  // Frames per sub-goal: an amount of seven or eight digits in every column.
  await page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const store = db.transaction('calls', 'readwrite').objectStore('calls');
    const call = await new Promise<Record<string, unknown>>((resolve) => (store.get(id).onsuccess = (e) => resolve((e.target as IDBRequest).result)));
    await new Promise((resolve) => (store.put({ ...call, subGoalFramesOre: { A: 400_000_000, B: 300_000_000, C: 300_000_000 } }).onsuccess = resolve));
    db.close();
  }, SEED_CALL.id);
  const call = new CallPage(page);
  await page.goto(`/#/utlysninger/${SEED_CALL.id}`);
  await expect(call.budget).toBeVisible({ timeout: 15_000 });
  await expect(await call.budgetCell('Budsjettramme', 'Totalt')).toHaveText('kr\u00a010\u00a0000\u00a0000');
  await expect(await call.budgetCell('Budsjettramme', 'Delmål A')).toHaveText('kr\u00a04\u00a0000\u00a0000');
  await expect(await call.budgetCell('Igjen', 'Totalt')).toHaveText('kr\u00a09\u00a0400\u00a0000');
  const names = call.budget.locator('xpath=following::ul[1]/li');
  await expect(names).toHaveText([
    'Delmål A: Fellesskap, tillit og tilhørighet i lokalsamfunn',
    'Delmål B: Kunnskap om det norske samfunnet og kvalifisering for arbeid eller utdanning',
    'Delmål C: Forebygging av negativ sosial kontroll, tvangsekteskap og kjønnslemlestelse',
  ]);

  for (const [width, height] of [[1280, 800], [1024, 768]] as const) {
    await page.setViewportSize({ width, height });
    await call.budget.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, `layout-call-budget-${width}.png`) });
    // Every cell, header, label and amount alike, and every name under the table, on one line.
    const texts = call.budget.locator('th, td').or(names);
    for (let i = 0; i < (await texts.count()); i++) {
      const text = texts.nth(i);
      const oneLine = await text.evaluate((el) => {
        const s = getComputedStyle(el);
        return el.getBoundingClientRect().height - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom) < 1.6 * parseFloat(s.lineHeight);
      });
      expect(oneLine, `«${await text.textContent()}» at ${width}`).toBe(true);
    }
    expect(await overflow(call.budget), `${width} wide`).toBe(0);
    expect(await pageOverflow(page), `${width} wide`).toBe(0);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('a narrow window (200 % zoom) folds the menu into a button: it opens the menu, Esc closes it, an entry navigates', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  const menuButton = signedIn.header.getByRole('button', { name: 'Åpne meny' });
  // At the default window the menu is the permanent column and there is no button.
  await expect(signedIn.nav).toBeVisible();
  await expect(menuButton).toBeHidden();

  // 1280 × 800 at 200 %.
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(signedIn.nav).toBeHidden();
  await expect(menuButton).toBeVisible();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  // The page has the window's width: the heading starts at the left margin, nothing scrolls sideways.
  expect((await signedIn.heading('Oversikt').boundingBox())!.x).toBeLessThan(40);
  expect(await pageOverflow(page)).toBe(0);
  await page.screenshot({ path: join(SHOTS, 'layout-narrow-closed.png') });

  // By keyboard: the button opens the menu, focus goes into it, Esc closes it and focus comes back.
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(signedIn.nav).toBeVisible();
  // The open menu is modal: the app bar behind it is hidden from screen readers, hence by label here.
  await expect(page.locator('button[aria-label="Åpne meny"]')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(signedIn.nav.getByRole('link').first()).toBeFocused();
  await page.screenshot({ path: join(SHOTS, 'layout-narrow-open.png') });
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(signedIn.nav).toBeHidden();
  await expect(menuButton).toBeFocused();

  // An entry navigates and closes the menu; focus goes to the new page, as in a wide window.
  await menuButton.click();
  await signedIn.nav.getByRole('link', { name: 'Søknader', exact: true }).click();
  await expect(signedIn.heading('Søknader')).toBeVisible();
  await expect(signedIn.nav).toBeHidden();
  await expect(signedIn.main).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // Widened with the menu open, the window has the column; narrowed again, the drawer stays shut.
  await menuButton.click();
  await expect(page.locator('#hovedmeny')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('#hovedmeny')).toHaveCount(0);
  await expect(signedIn.nav).toBeVisible();
  await page.setViewportSize({ width: 640, height: 400 });
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  await expect(signedIn.nav).toBeHidden();

  // 320 px (WCAG 1.4.10): the app bar keeps the button, the officer and «Om programmet» in view.
  await page.setViewportSize({ width: 320, height: 480 });
  for (const control of [menuButton, signedIn.aboutButton, signedIn.header.getByText('Kari Nordmann')]) {
    await expect(control).toBeInViewport({ ratio: 1 });
  }
  expect(await signedIn.header.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  await page.screenshot({ path: join(SHOTS, 'layout-narrow-320.png') });
});

test('at 320 px wide (400 % zoom) the main pages reflow: the page never scrolls sideways, only a wide table in its own frame', async ({ signedIn, page }) => {
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seededApplicationList(page, 320, 640);
  expect(await pageOverflow(page)).toBe(0);
  for (const [hash, heading] of [['#/vedtak', 'Vedtak og brev'], ['#/', 'Oversikt'], ['#/utlysninger', 'Utlysninger'], ['#/innstillinger', 'Innstillinger']] as const) {
    await page.goto(`/${hash}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible({ timeout: 30_000 });
    // Oversikt's figures come after its counts; each has its table, hidden until asked for.
    if (hash === '#/') await expect(page.getByRole('button', { name: 'Vis som tabell' }).first()).toBeVisible({ timeout: 30_000 });
    expect(await pageOverflow(page), heading).toBe(0);
  }
  await new ChangeLogPage(page).openFromSettings();
  expect(await pageOverflow(page), 'Endringslogg').toBe(0);
  await page.goto('/#/');
  await expect(page.getByRole('button', { name: 'Vis som tabell' }).first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: join(SHOTS, 'layout-overview-320.png'), fullPage: true });
});
