// Vedtak og brev with a call of 1 200 applications: only the rows in view are drawn, «Velg alle»
// picks every row of the call and one can be taken out again, the table fills the page's width so
// «Brev» is never cut, and axe finds nothing serious. Screenshots at 1366×768 and 1920×1080.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { seedCallAndOrganisation } from './pages/applications-seed';
import { decisionId, seedDecidedCall } from './seeds/decided-call';
import { putRows } from './seeds/raw-db';
import { DecisionList } from './pages/decisions-page';

const COUNT = 1_200;
const SHOTS = 'screenshots';

/** Applications straight into IndexedDB, a few decided, one with its letter sent. */
async function seedApplications(page: Page): Promise<void> {
  await seedDecidedCall(page, {
    count: COUNT,
    decided: 3,
    title: (n) => `Møteplass for nye og gamle innbyggere i bydelen, med leksehjelp og språkkafé ${n}`,
    outcome: 'delvis_innvilget',
    grantedOre: 2_000_000,
    lockFirst: true,
  });
  const letter = { id: 'letter-0', decisionId: decisionId(0), kind: 'delvis_innvilgelse', createdAt: '2020-03-02T10:00:00.000Z', language: 'nb', sha256: '0'.repeat(64), sentDate: '2020-03-03' };
  // The head the program keeps beside each letter (no bytes).
  await putRows(page, { letters: [{ ...letter, updatedAt: '2020-03-03T10:00:00.000Z', bytes: new Uint8Array([37, 80, 68, 70]) }], letterHeads: [letter] });
}

/** True when the element's text fits its box (not cut off with an ellipsis). */
function fits(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => el.scrollWidth <= el.clientWidth);
}

test('a big call: rows drawn in view only, «Velg alle» over every row, the whole width, no cut «Brev»', async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedCallAndOrganisation(page);
  await seedApplications(page);
  mkdirSync(SHOTS, { recursive: true });

  for (const [width, height] of [[1366, 768], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    const list = new DecisionList(page);
    await list.open();
    const table = list.table;
    // Every row read: the count of picked rows shows, and the actions are enabled (their colours settled).
    await expect(page.getByText('0 søknader valgt')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lag brev som mangler (2)' })).toBeEnabled();
    await page.waitForTimeout(400);
    await expect(table.getByRole('row').filter({ hasText: 'Sendt 03.03.2020' })).toBeVisible();
    // Virtualised: a window's worth of rows in the document, not 1 200.
    expect(await table.locator('tbody tr[data-index]').count()).toBeLessThan(60);
    await expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));

    await page.screenshot({ path: join(SHOTS, `decisions-list-${width}.png`) });
    // The table reaches the content's right edge, and «Brev» with its status fits.
    const box = (await table.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.width).toBeGreaterThan(width - 264 - 120);
    expect(await fits(page, 'thead th:last-of-type')).toBe(true);
    const sent = table.getByText('Sendt 03.03.2020');
    expect(await sent.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }

  // «Velg alle» picks all 1 200, one taken out leaves 1 199; the actions then use the selection.
  await page.getByRole('checkbox', { name: 'Velg alle søknader' }).check();
  await expect(page.getByText(`${COUNT} søknader valgt`)).toBeVisible();
  await page.getByRole('checkbox', { name: /^Velg «.* 2»$/ }).uncheck();
  await expect(page.getByText(`${COUNT - 1} søknader valgt`)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Velg alle søknader' })).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Vedta for valgte' })).toBeEnabled();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('checkbox', { name: 'Velg alle søknader' }).click();
  await expect(page.getByText(`${COUNT} søknader valgt`)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Velg alle søknader' }).click();
  await expect(page.getByText('0 søknader valgt')).toBeVisible();
});
