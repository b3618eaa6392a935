// The big application list with 50 000 applications in an on-disk profile: first rows, all rows,
// a quick-search keystroke and a sort, each measured in the page up to the next painted frame.
// Prints figures; asserts nothing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { BASE_URL, CHROMIUM_ARGS, median, startPreviewServer, stopServer } from './chromium';

const APPLICATIONS = 50_000;
const SEED = 2020;
const RELOADS = 5;
const CHUNK = 5_000;
// The marks the program sets (data/db.ts and features/applications/list/perf-marks.ts).
const MARKS = { dbOpen: 'database:apen', listStart: 'soknadsliste:start', first: 'soknadsliste:forste-rader', all: 'soknadsliste:alle-rader' };

/**
 * The generator and the screening, bundled and run inside the page: 50 000 records never cross the
 * DevTools protocol, which on a busy machine took minutes.
 */
async function dataBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { generateData } from './test/fixtures/generator/applications';
        import { screenApplication } from './src/renderer/src/domain/screening/screen-application';
        import { summaryRowOf } from './src/renderer/src/domain/screening/summary-row';
        globalThis.__benchData = (applications, seed) => {
          const { call, organisations, applications: apps } = generateData({ applications, seed, municipalityId: '4601' });
          const byId = new Map(organisations.map((o) => [o.id, o]));
          const screenings = apps.map((application, i) => ({
            id: 'scr-' + i, createdAt: application.createdAt, updatedAt: application.createdAt,
            applicationId: application.id, overrides: [], screenedAt: application.createdAt,
            results: screenApplication({ application, organisation: byId.get(application.organisationId), call }),
          }));
          return { calls: [call], organisations, applications: apps, screenings, screeningSummaries: screenings.map((s, i) => summaryRowOf(s, apps[i].callId)) };
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

/** Raw IndexedDB, opened without a version so the app's own schema is used; one transaction per chunk. */
export async function fillDatabase(page: Page): Promise<void> {
  await page.evaluate(await dataBundle());
  await page.evaluate(
    async ({ applications, seed, chunkSize }) => {
      const make = (globalThis as unknown as { __benchData: (n: number, s: number) => Record<string, unknown[]> }).__benchData;
      const data = make(applications, seed);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('tilskudd-frivillige');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const [store, rows] of Object.entries(data)) {
        for (let i = 0; i < rows.length; i += chunkSize) {
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const row of rows.slice(i, i + chunkSize)) os.put(row);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
      }
      db.close();
    },
    { applications: APPLICATIONS, seed: SEED, chunkSize: CHUNK },
  );
}

/** Arms a one-shot timer: from the next `type` event (capture, before React) to the frame after it. */
async function arm(page: Page, type: 'input' | 'click'): Promise<void> {
  await page.evaluate((type) => {
    (window as unknown as { __took: Promise<number> }).__took = new Promise<number>((resolve) => {
      window.addEventListener(
        type,
        () => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        },
        { capture: true, once: true },
      );
    });
  }, type);
}

const took = (page: Page) => page.evaluate(() => (window as unknown as { __took: Promise<number> }).__took);

/** The program started on the list (a reload of #/soknader): from the database opening. */
async function loadList(page: Page): Promise<{ first: number; firstFromMount: number; all: number; firstFromStart: number }> {
  await page.goto(`${BASE_URL}/#/soknader`);
  await page.reload();
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.all, { timeout: 120_000 });
  // No named helper functions inside evaluate: tsx would wrap them in a __name() the page lacks.
  return page.evaluate((m) => {
    const [open, start, first, all] = [m.dbOpen, m.listStart, m.first, m.all].map((n) => performance.getEntriesByName(n)[0]!.startTime);
    return { first: first! - open!, firstFromMount: first! - start!, all: all! - open!, firstFromStart: first! };
  }, MARKS);
}

/**
 * From Oversikt, a click on Søknader in the menu to the first rows painted. The click comes a
 * second after Oversikt shows, as an officer's would, not in the same millisecond.
 */
async function navigateToList(page: Page): Promise<number> {
  await page.goto(`${BASE_URL}/#/`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  await page.waitForTimeout(1_000);
  await page.evaluate(() => {
    window.addEventListener('click', () => ((window as unknown as { __clickAt: number }).__clickAt = performance.now()), { capture: true, once: true });
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Søknader' }).click();
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, MARKS.all, { timeout: 120_000 });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]!.startTime - (window as unknown as { __clickAt: number }).__clickAt, MARKS.first);
}

async function setUpAndFill(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('combobox', { name: 'Kommune' }).fill('Bergen');
  await page.getByRole('option', { name: 'Bergen', exact: true }).click();
  await page.getByRole('textbox', { name: 'Navnet ditt' }).fill('Benk Mark');
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();

  const t0 = Date.now();
  await fillDatabase(page);
  console.log(`  filled the database in ${((Date.now() - t0) / 1000).toFixed(1)} s (generated in the page, raw IndexedDB, chunks of ${CHUNK})`);
}

export async function benchApplicationList(): Promise<void> {
  console.log(`\nApplication list: ${APPLICATIONS.toLocaleString('en')} applications (seed ${SEED}), on-disk profile`);
  // BENCH_PROFILE=<dir> keeps a filled profile between runs (filling takes a while).
  const kept = process.env.BENCH_PROFILE;
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'bench-soknader-'));
  const filled = kept !== undefined && existsSync(join(kept, 'bench-filled'));
  const server = await startPreviewServer();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (!filled) await setUpAndFill(page);
    if (kept) writeFileSync(join(kept, 'bench-filled'), '');

    const loads: Awaited<ReturnType<typeof loadList>>[] = [];
    for (let i = 0; i < RELOADS; i++) loads.push(await loadList(page));
    // The median, and every load's figure: start-up times on a busy 2-core machine scatter.
    const m = (f: (l: (typeof loads)[number]) => number) =>
      `${median(loads.map(f)).toFixed(0)} (${loads.map((l) => f(l).toFixed(0)).join(', ')})`;
    console.log(`  program opened on the list, ${RELOADS} reloads:`);
    console.log(`    first rows painted after the database opened: median ${m((l) => l.first)} ms (target < 150 ms)`);
    // The list usually mounts before the database has opened, so this one includes that wait.
    console.log(`    first rows painted after the list mounted: median ${m((l) => l.firstFromMount)} ms`);
    console.log(`    first rows painted after navigation start: median ${m((l) => l.firstFromStart)} ms`);
    console.log(`    all rows loaded after the database opened: median ${m((l) => l.all)} ms`);
    const clicks: number[] = [];
    for (let i = 0; i < RELOADS; i++) clicks.push(await navigateToList(page));
    console.log(`  from Oversikt (settled), click on Søknader → first rows painted: median ${median(clicks).toFixed(0)} ms over ${RELOADS}`);

    const search = page.getByRole('searchbox', { name: 'Søk' });
    await search.click();
    const keys: number[] = [];
    for (const text of ['språk', '864 1', 'nord']) {
      for (const ch of text) {
        await arm(page, 'input');
        await page.keyboard.type(ch);
        keys.push(await took(page));
      }
      await search.fill('');
    }
    console.log(`  quick-search keystroke → list painted: median ${median(keys).toFixed(1)} ms, max ${Math.max(...keys).toFixed(1)} ms over ${keys.length} keystrokes (target < 50 ms)`);

    const sorts: number[] = [];
    for (const column of ['Organisasjon', 'Organisasjon', 'Tittel', 'Søkt beløp', 'Status', 'Type', 'Tittel']) {
      await arm(page, 'click');
      await page.getByRole('columnheader', { name: column }).getByRole('button').click();
      sorts.push(await took(page));
    }
    console.log(`  sort by a column (50 000 rows) → list painted: median ${median(sorts).toFixed(0)} ms, max ${Math.max(...sorts).toFixed(0)} ms over ${sorts.length} sorts (target < 250 ms)`);
  } finally {
    await context.close();
    stopServer(server);
    if (!kept) rmSync(profile, { recursive: true, force: true });
  }
}
