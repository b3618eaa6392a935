// Oversikt with 50 000 applications over ten years (ten calls of 5 000, a quarter decided, their
// grants paid in the closed years), in an on-disk profile: from the database opening to the
// counts painted (target 300 ms), to every chart drawn, and the longest main-thread task between.
// Prints figures; asserts nothing.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { BASE_URL, CHROMIUM_ARGS, median, startPreviewServer, stopServer } from './chromium';

const YEARS = 10;
const PER_YEAR = 5_000;
const FIRST_YEAR = 2016;
const RELOADS = 5;
const CHUNK = 5_000;
const CHARTS = 6;
// The marks the program sets (data/db.ts and features/overview/charts/perf-marks.ts).
const MARKS = { dbOpen: 'database:apen', start: 'oversikt:start', counts: 'oversikt:tall' };

/** The generator, screening and decisions, bundled and run inside the page (see application-list.ts). */
async function dataBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { generateData } from './test/fixtures/generator/applications';
        import { screenApplication } from './src/renderer/src/domain/screening/screen-application';
        import { summaryRowOf } from './src/renderer/src/domain/screening/summary-row';
        import { defaultSubGoalSplit } from './src/renderer/src/domain/decisions/sub-goal-split';
        globalThis.__overviewData = (years, perYear, firstYear) => {
          const out = { calls: [], organisations: [], applications: [], screeningSummaries: [], decisions: [], payments: [] };
          for (let y = 0; y < years; y++) {
            const year = firstYear + y;
            const current = y === years - 1;
            // The same seed's organisations every year: ids org-000000… recur, so applicants repeat.
            const { call, organisations, applications } = generateData({ applications: perYear, seed: 2020 + y, municipalityId: '4601' });
            const at = year + '-01-15T08:00:00.000Z';
            const thisCall = { ...call, id: 'call-' + year, year, title: 'Tilskudd ' + year, deadline: year + '-02-05', status: current ? 'apen' : 'vedtatt', createdAt: at, updatedAt: at };
            out.calls.push(thisCall);
            if (y === 0) out.organisations.push(...organisations);
            const byId = new Map(out.organisations.map((o) => [o.id, o]));
            applications.forEach((a, i) => {
              const app = { ...a, id: 'app-' + year + '-' + i, callId: thisCall.id, receivedDate: year + a.receivedDate.slice(4) };
              out.applications.push(app);
              const results = screenApplication({ application: app, organisation: byId.get(app.organisationId), call: thisCall });
              out.screeningSummaries.push(summaryRowOf({ applicationId: app.id, results, overrides: [] }, app.callId));
              if (app.status !== 'vedtatt') return;
              const granted = Math.round(app.amountAppliedOre * 0.8 / 100_000) * 100_000;
              const d = {
                id: 'dec-' + year + '-' + i, createdAt: at, updatedAt: at, applicationId: app.id,
                outcome: granted === app.amountAppliedOre ? 'innvilget' : 'delvis_innvilget',
                amountAppliedOre: app.amountAppliedOre, amountGrantedOre: granted, subGoalSplitOre: defaultSubGoalSplit(granted, app.subGoals),
                justification: 'Begrenset ramme', conditions: '', decidedAt: year + '-04-01', decidedBy: 'Benk Mark',
              };
              out.decisions.push(d);
              out.payments.push({ id: 'pay-' + year + '-' + i, createdAt: at, updatedAt: at, decisionId: d.id, term: 1, amountOre: granted, dueDate: year + '-05-01', ...(current ? {} : { paidDate: year + '-05-02' }) });
            });
          }
          return out;
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
async function fillDatabase(page: Page): Promise<number> {
  await page.evaluate(await dataBundle());
  return page.evaluate(
    async ({ years, perYear, firstYear, chunkSize }) => {
      const make = (globalThis as unknown as { __overviewData: (y: number, n: number, f: number) => Record<string, unknown[]> }).__overviewData;
      const data = make(years, perYear, firstYear);
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
      return data.applications!.length;
    },
    { years: YEARS, perYear: PER_YEAR, firstYear: FIRST_YEAR, chunkSize: CHUNK },
  );
}

/**
 * Watches from the page's start: when every chart's svg is in, and the main thread's long tasks.
 * Plain script text: tsx would wrap a named function in a __name() the page lacks.
 */
const WATCH = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  requestAnimationFrame(function poll() {
    if (document.querySelectorAll('[data-testid="figure-chart"] svg').length >= ${CHARTS}) window.__chartsAt = performance.now();
    else requestAnimationFrame(poll);
  });
`;

interface Load { counts: number; countsFromMount: number; countsFromStart: number; charts: number; longestTask: number }

async function loadOverview(page: Page): Promise<Load> {
  await page.goto(`${BASE_URL}/#/`);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __chartsAt?: number }).__chartsAt !== undefined, undefined, { timeout: 120_000 });
  return page.evaluate((m) => {
    const w = window as unknown as { __chartsAt: number; __longTasks: { start: number; duration: number }[] };
    const open = performance.getEntriesByName(m.dbOpen)[0]!.startTime;
    const counts = performance.getEntriesByName(m.counts)[0]!.startTime;
    const mount = performance.getEntriesByName(m.start)[0]!.startTime;
    const longest = Math.max(0, ...w.__longTasks.filter((t) => t.start >= counts && t.start <= w.__chartsAt).map((t) => t.duration));
    return { counts: counts - open, countsFromMount: counts - mount, countsFromStart: counts, charts: w.__chartsAt - open, longestTask: longest };
  }, MARKS);
}

async function setUpAndFill(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('combobox', { name: 'Kommune' }).fill('Bergen');
  await page.getByRole('option', { name: 'Bergen', exact: true }).click();
  await page.getByRole('textbox', { name: 'Navnet ditt' }).fill('Benk Mark');
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  const t0 = Date.now();
  const n = await fillDatabase(page);
  console.log(`  filled the database with ${n.toLocaleString('en')} applications in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

export async function benchOverview(): Promise<void> {
  console.log(`\nOversikt: ${(YEARS * PER_YEAR).toLocaleString('en')} applications over ${YEARS} years, on-disk profile`);
  // BENCH_OVERVIEW_PROFILE=<dir> keeps a filled profile between runs (filling takes a while).
  const kept = process.env.BENCH_OVERVIEW_PROFILE;
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'bench-oversikt-'));
  const filled = kept !== undefined && existsSync(join(kept, 'bench-filled'));
  const server = await startPreviewServer();
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1366, height: 900 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (!filled) await setUpAndFill(page);
    if (kept) writeFileSync(join(kept, 'bench-filled'), '');
    await page.addInitScript({ content: WATCH });
    const loads: Load[] = [];
    for (let i = 0; i < RELOADS; i++) loads.push(await loadOverview(page));
    const m = (f: (l: Load) => number) => `${median(loads.map(f)).toFixed(0)} (${loads.map((l) => f(l).toFixed(0)).join(', ')})`;
    console.log(`  program opened on Oversikt, ${RELOADS} reloads:`);
    console.log(`    counts painted after the database opened: median ${m((l) => l.counts)} ms (target < 300 ms)`);
    // Oversikt usually mounts before the database has opened, so this one includes that wait.
    console.log(`    counts painted after Oversikt mounted: median ${m((l) => l.countsFromMount)} ms`);
    console.log(`    counts painted after navigation start: median ${m((l) => l.countsFromStart)} ms`);
    console.log(`    all ${CHARTS} charts drawn after the database opened: median ${m((l) => l.charts)} ms`);
    console.log(`    longest main-thread task between counts and charts: median ${m((l) => l.longestTask)} ms`);
  } finally {
    await context.close();
    stopServer(server);
    if (!kept) rmSync(profile, { recursive: true, force: true });
  }
}
