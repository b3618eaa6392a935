// Oversikt with ten years of 50 000 applications (this year's call of 5 000 open; the nine before
// decided, paid and reported), in an on-disk profile: from the program's own indexedDB.open call to
// the counts painted, to «Å gjøre» and «Frister» shown (read in the worker by call), to every chart
// drawn, and the longest main-thread task between.
import type { Page } from '@playwright/test';
import { TEN_YEARS, type StepSize } from './datasets';
import { DB_MARKS, NAVIGATION_START, cpuProfiled, marksAfter, median, medianOf, startAt, withProgram } from './harness';
import { recordFigure } from './results';

/** The figures this step records (the tiny test checks they all come). */
export const OVERVIEW_FIGURES = {
  counts: 'Oversikt: counts painted after indexedDB.open',
  countsFromReady: 'Oversikt: counts painted after the database opened',
  charts: 'Oversikt: every chart drawn after indexedDB.open',
  longestTask: 'Oversikt: longest main-thread task between counts and charts',
  click: 'Oversikt: click on Søknader 1 s after the counts → first rows',
  todo: 'Oversikt: «Å gjøre» shown after indexedDB.open',
  deadlines: 'Oversikt: «Frister» shown after indexedDB.open',
} as const;

const RUNS: Record<StepSize, number> = { full: 5, tiny: 1 };
const CHARTS = 6;
// The marks the program sets (features/overview/charts/perf-marks.ts); the last is set by WATCH below.
const MARKS = { start: 'oversikt:start', counts: 'oversikt:tall', charts: 'bench:diagrammer', todo: 'bench:a-gjore', deadlines: 'bench:frister' };

/**
 * Watches from the page's start: the main thread's long tasks, a mark once every chart's svg is
 * in, and one when each of «Å gjøre» and «Frister» shows its result (no progress indicator). Plain
 * script text: tsx would wrap a named function in a __name() the page lacks.
 */
const WATCH = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  requestAnimationFrame(function poll() {
    if (document.querySelectorAll('[data-testid="figure-chart"] svg').length >= ${CHARTS}) performance.mark('${MARKS.charts}');
    else requestAnimationFrame(poll);
  });
  // «Å gjøre» says «no calls» until the calls are in: it counts once its choice of call is there.
  for (const [title, done, mark] of [['todo-title', '[role="combobox"]', '${MARKS.todo}'], ['deadlines-title', 'h2', '${MARKS.deadlines}']]) {
    requestAnimationFrame(function shown() {
      const section = document.querySelector('section[aria-labelledby="' + title + '"]');
      if (section && section.querySelector(done) && !section.querySelector('[role="progressbar"]')) performance.mark(mark);
      else requestAnimationFrame(shown);
    });
  }
`;

interface Load { counts: number; countsFromReady: number; countsFromMount: number; charts: number; longestTask: number; todo: number; deadlines: number }

async function loadOverview(page: Page): Promise<Load> {
  await startAt(page, '#/');
  // marksAfter waits for its last mark only: the charts, «Å gjøre» and «Frister» come in any order.
  await page.waitForFunction((names) => names.every((n) => performance.getEntriesByName(n).length > 0), [MARKS.charts, MARKS.todo, MARKS.deadlines], { timeout: 180_000 });
  const [openCall, ready, start, counts, charts, todo, deadlines] = await marksAfter(page, NAVIGATION_START, [DB_MARKS.openCall, DB_MARKS.ready, MARKS.start, MARKS.counts, MARKS.charts, MARKS.todo, MARKS.deadlines]);
  const longestTask = await page.evaluate(
    ({ from, to }) => {
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks;
      return Math.max(0, ...tasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration));
    },
    { from: counts!, to: charts! },
  );
  return { counts: counts! - openCall!, countsFromReady: counts! - ready!, countsFromMount: counts! - start!, charts: charts! - openCall!, longestTask, todo: todo! - openCall!, deadlines: deadlines! - openCall! };
}

/** A click on Søknader a second after the counts are painted, while the rest of Oversikt still reads: to the list's first rows. */
async function clickToList(page: Page): Promise<number> {
  await startAt(page, '#/');
  await marksAfter(page, NAVIGATION_START, [MARKS.counts]);
  await page.waitForTimeout(1_000);
  await page.evaluate(() => {
    window.addEventListener('click', () => performance.mark('bench:klikk'), { capture: true, once: true });
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Søknader' }).click();
  return (await marksAfter(page, 'bench:klikk', ['soknadsliste:forste-rader']))[0]!;
}

async function measure(page: Page, size: StepSize): Promise<void> {
  await page.addInitScript({ content: WATCH });
  const loads: Load[] = [];
  // The last load under the profiler when BENCH_CPU_PROFILE is set.
  for (let i = 0; i < RUNS[size]; i++) loads.push(await (i < RUNS[size] - 1 ? loadOverview(page) : cpuProfiled(page, 'oversikt-start', () => loadOverview(page))));
  const each = (f: (l: Load) => number) => loads.map(f);
  console.log(`  program opened on Oversikt, ${loads.length} reloads (median, each):`);
  console.log(`    counts painted after indexedDB.open: ${medianOf(each((l) => l.counts))} ms`);
  console.log(`    after the database opened (database:apen, for comparison): ${medianOf(each((l) => l.countsFromReady))} ms; after Oversikt mounted: ${medianOf(each((l) => l.countsFromMount))} ms`);
  console.log(`    «Å gjøre» shown: ${medianOf(each((l) => l.todo))} ms; «Frister» shown: ${medianOf(each((l) => l.deadlines))} ms`);
  recordFigure({ name: OVERVIEW_FIGURES.todo, value: median(each((l) => l.todo)), unit: 'ms' });
  recordFigure({ name: OVERVIEW_FIGURES.deadlines, value: median(each((l) => l.deadlines)), unit: 'ms' });
  console.log(`    all ${CHARTS} charts drawn: ${medianOf(each((l) => l.charts))} ms; longest task between: ${medianOf(each((l) => l.longestTask))} ms`);
  recordFigure({ name: OVERVIEW_FIGURES.counts, value: median(each((l) => l.counts)), unit: 'ms', target: 300 });
  recordFigure({ name: OVERVIEW_FIGURES.countsFromReady, value: median(each((l) => l.countsFromReady)), unit: 'ms' });
  recordFigure({ name: OVERVIEW_FIGURES.charts, value: median(each((l) => l.charts)), unit: 'ms' });
  recordFigure({ name: OVERVIEW_FIGURES.longestTask, value: median(each((l) => l.longestTask)), unit: 'ms' });
  const clicks: number[] = [];
  for (let i = 0; i < RUNS[size]; i++) clicks.push(await clickToList(page));
  console.log(`    a click on Søknader 1 s after the counts → first rows: ${medianOf(clicks)} ms`);
  recordFigure({ name: OVERVIEW_FIGURES.click, value: median(clicks), unit: 'ms' });
}

export async function benchOverview(size: StepSize = 'full'): Promise<void> {
  console.log(`\nOversikt: ten years of applications (${size}), on-disk profile`);
  await withProgram(TEN_YEARS[size], (page) => measure(page, size));
}
