// Søknader with ten years of 50 000 applications in an on-disk profile: first rows after the
// program's own indexedDB.open call, all rows beside a raw open + getAll, a quick-search keystroke
// and a sort by title (~45 000 distinct titles), each up to the next painted frame.
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { TEN_YEARS, type StepSize } from './datasets';
import { DB_MARKS, NAVIGATION_START, cpuProfiled, marksAfter, median, medianOf, rawFill, rawOpenAndRead, startAt, timeToPaint, withProgram } from './harness';
import { recordFigure } from './results';

/** The figures this step records (the tiny test checks they all come). */
export const LIST_FIGURES = {
  firstRows: 'Søknader: first rows after indexedDB.open',
  firstRowsFromReady: 'Søknader: first rows after the database opened',
  allRows: 'Søknader: all rows in memory after indexedDB.open',
  fromOverview: 'Søknader: click in the menu → first rows',
  keystroke: 'Søknader: quick-search keystroke → painted',
  sortByTitle: 'Søknader: sort by title → painted',
} as const;

// The marks the program sets (features/applications/list/perf-marks.ts).
const MARKS = { listStart: 'soknadsliste:start', first: 'soknadsliste:forste-rader', all: 'soknadsliste:alle-rader' };
const RUNS: Record<StepSize, number> = { full: 5, tiny: 1 };
const SEARCHES: Record<StepSize, string[]> = { full: ['språk', '864 1', 'nord'], tiny: ['språk'] };

interface Load { first: number; firstFromReady: number; firstFromMount: number; firstFromStart: number; all: number }

/** The program started on the list (a reload of #/soknader). */
async function loadList(page: Page): Promise<Load> {
  await startAt(page, '#/soknader');
  const [openCall, ready, start, first, all] = await marksAfter(page, NAVIGATION_START, [DB_MARKS.openCall, DB_MARKS.ready, MARKS.listStart, MARKS.first, MARKS.all]);
  return { first: first! - openCall!, firstFromReady: first! - ready!, firstFromMount: first! - start!, firstFromStart: first!, all: all! - openCall! };
}

/** From Oversikt, settled for a second as an officer's would be, a click on Søknader to the first rows painted. */
async function navigateToList(page: Page): Promise<number> {
  await startAt(page, '#/');
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  await page.waitForTimeout(1_000);
  await page.evaluate(() => {
    window.addEventListener('click', () => performance.mark('bench:klikk'), { capture: true, once: true });
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Søknader' }).click();
  return (await marksAfter(page, 'bench:klikk', [MARKS.first, MARKS.all]))[0]!;
}

async function measure(page: Page, size: StepSize): Promise<void> {
  const runs = RUNS[size];
  const loads: Load[] = [];
  // The last load under the profiler when BENCH_CPU_PROFILE is set.
  for (let i = 0; i < runs; i++) loads.push(await (i < runs - 1 ? loadList(page) : cpuProfiled(page, 'soknader-start', () => loadList(page))));
  const each = (f: (l: Load) => number) => loads.map(f);
  console.log(`  program opened on the list, ${runs} reloads (median, each):`);
  console.log(`    first rows after indexedDB.open: ${medianOf(each((l) => l.first))} ms`);
  console.log(`    first rows after the database opened (database:apen, for comparison): ${medianOf(each((l) => l.firstFromReady))} ms`);
  // The list usually mounts before the database has opened, so this one includes that wait.
  console.log(`    first rows after the list mounted: ${medianOf(each((l) => l.firstFromMount))} ms; after navigation start: ${medianOf(each((l) => l.firstFromStart))} ms`);
  recordFigure({ name: LIST_FIGURES.firstRows, value: median(each((l) => l.first)), unit: 'ms', target: 150 });
  recordFigure({ name: LIST_FIGURES.firstRowsFromReady, value: median(each((l) => l.firstFromReady)), unit: 'ms' });

  // Baseline: the same start without the program, a blank page opening the database and reading every application.
  const raw = await rawOpenAndRead(page, [{ store: 'applications' }], runs);
  console.log(`    all ${raw.rows.toLocaleString('en')} rows in memory after indexedDB.open: ${medianOf(each((l) => l.all))} ms; raw open + getAll on a blank page: ${raw.ms.toFixed(0)} ms`);
  recordFigure({ name: LIST_FIGURES.allRows, value: median(each((l) => l.all)), unit: 'ms', baseline: raw.ms, target: 1.2 * raw.ms });

  const clicks: number[] = [];
  for (let i = 0; i < runs; i++) clicks.push(await navigateToList(page));
  recordFigure({ name: LIST_FIGURES.fromOverview, value: median(clicks), unit: 'ms' });

  const search = page.getByRole('searchbox', { name: 'Søk' });
  await search.click();
  const keys: number[] = [];
  for (const text of SEARCHES[size]) {
    for (const ch of text) keys.push(await timeToPaint(page, 'input', () => page.keyboard.type(ch)));
    await search.fill('');
  }
  console.log(`  quick-search keystroke → painted: median ${median(keys).toFixed(1)} ms, max ${Math.max(...keys).toFixed(1)} ms over ${keys.length} keystrokes`);
  recordFigure({ name: LIST_FIGURES.keystroke, value: median(keys), unit: 'ms', target: 50 });

  // Sort by title: the ranks are made in idle time once all rows are in; give it that time.
  await page.waitForTimeout(size === 'full' ? 3_000 : 500);
  const collate = await collateTitlesOnce(page);
  const sortBy = (column: string) => timeToPaint(page, 'click', () => page.getByRole('columnheader', { name: column }).getByRole('button').click());
  const titles: number[] = [];
  const others: number[] = [];
  for (const column of ['Tittel', 'Tittel', 'Organisasjon', 'Tittel', 'Søkt beløp', 'Tittel']) (column === 'Tittel' ? titles : others).push(await sortBy(column));
  console.log(`  sort by title → painted, ${collate.distinct.toLocaleString('en')} distinct titles: ${medianOf(titles)} ms; other columns ${medianOf(others)} ms`);
  console.log(`    baseline: one Intl.Collator over the distinct titles, once (what every click did before ranking): ${collate.ms.toFixed(0)} ms`);
  recordFigure({ name: LIST_FIGURES.sortByTitle, value: median(titles), unit: 'ms', baseline: collate.ms, target: 100 });
}

/** Sorting every distinct title once with one collator, in the page. */
function collateTitlesOnce(page: Page): Promise<{ ms: number; distinct: number }> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const titles = await new Promise<string[]>((resolve, reject) => {
      const req = db.transaction('applications').objectStore('applications').getAll();
      req.onsuccess = () => resolve((req.result as { title: string }[]).map((a) => a.title));
      req.onerror = () => reject(req.error);
    });
    db.close();
    const distinct = [...new Set(titles)];
    const t0 = performance.now();
    distinct.sort(new Intl.Collator('nb', { numeric: true }).compare);
    return { ms: performance.now() - t0, distinct: distinct.length };
  });
}

export async function benchApplicationList(size: StepSize = 'full'): Promise<void> {
  console.log(`\nSøknader: ten years of applications (${size}), on-disk profile`);
  await withProgram(TEN_YEARS[size], (page) => measure(page, size));
}

/**
 * For the backup step (backup.ts, another step's): the test generator's 50 000 applications in one
 * call with screenings, as that step has measured so far.
 */
export async function fillDatabase(page: Page): Promise<void> {
  const result = await build({
    stdin: {
      contents: `
        import './scripts/bench/zod-jitless';
        import { generateData } from './test/fixtures/generator/applications';
        import { screenApplication } from './src/renderer/src/domain/screening/screen-application';
        import { summaryRowOf } from './src/renderer/src/domain/screening/summary-row';
        globalThis.__backupBenchData = (applications, seed) => {
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
    logLevel: 'error',
  });
  await page.evaluate(result.outputFiles[0]!.text);
  await rawFill(page, '__backupBenchData', [50_000, 2020]);
}
