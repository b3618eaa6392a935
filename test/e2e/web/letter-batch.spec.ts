// «Lag brev som mangler» over 400 decisions: the progress dialog counts up as the letters are
// stored in groups, the decision list does not read the call again while they are saved (it waits
// and reads once at the end), axe finds nothing in the dialog, and «Avbryt» stops the batch with the
// letters made so far kept in the case and counted in the message and in the list.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { seedCallAndOrganisation } from './pages/applications-seed';
import { seedDecidedCall } from './seeds/decided-call';
import { DecisionList } from './pages/decisions-page';

const COUNT = 400;
const SHOTS = 'screenshots';

/** Counts, from now on, the page's reads of the applications and their slim heads (what the decision list reads). */
async function countApplicationReads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { applicationReads: number };
    w.applicationReads = 0;
    for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as const) {
      for (const name of ['get', 'getAll', 'openCursor', 'count'] as const) {
        const original = proto[name] as (...args: unknown[]) => IDBRequest;
        proto[name] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
          const store = 'objectStore' in this ? this.objectStore : this;
          if (store.name === 'applications' || store.name === 'applicationHeads') w.applicationReads++;
          return original.apply(this, args);
        } as never;
      }
    }
  });
}

const applicationReads = (page: Page) => page.evaluate(() => (window as unknown as { applicationReads: number }).applicationReads);

/** The number in «n av N». */
async function done(status: ReturnType<Page['getByRole']>): Promise<number> {
  return Number(/^(\d+) av/.exec((await status.textContent()) ?? '')?.[1] ?? -1);
}

test('a batch of letters shows its progress, leaves the list alone while saving, and stops on «Avbryt»', async ({ signedIn, page }) => {
  test.setTimeout(180_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedCallAndOrganisation(page);
  await seedDecidedCall(page, { count: COUNT, title: (n) => `Leksehjelp og språkkafé i bydel ${n}`, outcome: 'avslatt', grantedOre: 0 });
  mkdirSync(SHOTS, { recursive: true });

  const list = new DecisionList(page);
  await list.open();
  await expect(list.makeLetters).toHaveText(`Lag brev som mangler (${COUNT})`);
  await list.makeLetters.click();
  // The call is 2020's and the letters are dated today: the officer is warned and goes on.
  await page.getByRole('dialog', { name: 'Datoene passer ikke med tilskuddsåret' }).getByRole('button', { name: 'Lag brevene likevel' }).click();

  const dialog = page.getByRole('dialog', { name: 'Lager vedtaksbrev' });
  const status = dialog.getByRole('status');
  await expect(dialog.getByRole('progressbar', { name: 'Framdrift for brevene' })).toBeVisible();
  // The first group of 25 is stored: the count moves, and from here on only letters are saved.
  await expect.poll(() => done(status), { timeout: 90_000 }).toBeGreaterThanOrEqual(25);
  await countApplicationReads(page);
  const counted = await done(status);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'letters-batch-progress.png') });
  // Two more groups stored while the dialog is open: the list has not read the call again.
  await expect.poll(() => done(status), { timeout: 90_000 }).toBeGreaterThanOrEqual(Math.min(counted + 50, 100));
  expect(await applicationReads(page)).toBe(0);

  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  const message = page.getByText(/^Avbrutt\. \d+ brev ble laget før du avbrøt; de er lagret i saken, men ikke i noen zip-fil\.$/);
  await expect(message).toBeVisible();
  const made = Number(/(\d+) brev/.exec((await message.textContent())!)![1]);
  expect(made).toBeGreaterThanOrEqual(75);
  expect(made).toBeLessThan(COUNT);
  // The list reads again once the batch is over and offers only the letters still missing.
  await expect(list.makeLetters).toHaveText(`Lag brev som mangler (${COUNT - made})`);
  expect(await applicationReads(page)).toBeGreaterThan(0);
});
