// A rule change in a call of thousands of open applications re-screens them all as it is saved,
// which takes seconds: the page says what it is doing, with a button that cancels it, and a
// cancelled save leaves the call's rules as they were.
import type { Page } from '@playwright/test';
import { axeViolations, expect, test } from './fixtures';
import { SEED_CALL, seedCallAndOrganisation } from './pages/applications-seed';
import { seedDecidedCall } from './seeds/decided-call';
import { countRows } from './seeds/raw-db';
import { PAGE_LOAD_TIMEOUT } from './pages/app-shell';

const OPEN = 4_000;

/**
 * Holds the calls table in a write transaction of the test's own until released, as a long write in
 * another window would: the program's save waits behind it, so the test sees it running for as long
 * as it needs, however fast this machine re-screens.
 */
async function holdCallsTable(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tilskudd-frivillige');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('calls', 'readwrite').objectStore('calls');
          const w = window as unknown as { releaseCalls?: boolean };
          // A transaction lives while it has requests: ask again until released.
          const ask = () => {
            if (w.releaseCalls) return void db.close();
            store.count().onsuccess = ask;
          };
          ask();
          resolve();
        };
      }),
  );
  return () => page.evaluate(() => void ((window as unknown as { releaseCalls?: boolean }).releaseCalls = true));
}

test('a rule change that re-screens thousands says so while it saves, and can be cancelled', async ({ signedIn, page }) => {
  test.setTimeout(120_000);
  await expect(signedIn.heading('Oversikt')).toBeVisible();
  await seedCallAndOrganisation(page);
  await seedDecidedCall(page, { count: OPEN, decided: 0, title: (n) => `Språkkafé ${n}`, outcome: 'avslatt', grantedOre: 0 });

  await page.goto(`/#/utlysninger/${SEED_CALL.id}/rediger`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible({ timeout: PAGE_LOAD_TIMEOUT });
  const before = await countRows(page, ['changeLog', 'screenings']);
  // Every application is the one organisation's: a limit of two per organisation changes them all.
  const limit = main.getByRole('textbox', { name: 'Søknader per organisasjon: høyst' });
  await limit.fill('2');
  const release = await holdCallsTable(page);
  await main.getByRole('button', { name: 'Lagre endringene' }).click();

  const status = main.getByRole('status').filter({ hasText: 'vurderer 4 000 åpne søknader på nytt' });
  await expect(status).toBeVisible();
  await expect(main.getByRole('progressbar')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'screenshots/call-rescreen-saving.png' });
  await main.getByRole('button', { name: 'Avbryt lagringen' }).click();
  await release();

  await expect(main.getByText('Lagringen ble avbrutt. Ingenting er lagret')).toBeVisible({ timeout: 30_000 });
  await expect(status).toBeHidden();
  // The officer's entry is still in the form, and the save button has the focus to try again.
  await expect(limit).toHaveValue('2');
  await expect(main.getByRole('button', { name: 'Lagre endringene' })).toBeFocused();
  await page.screenshot({ path: 'screenshots/call-rescreen-cancelled.png' });
  // Nothing saved: not the call's change (its change-log entry), not one screening.
  expect(await countRows(page, ['changeLog', 'screenings'])).toEqual(before);
});
