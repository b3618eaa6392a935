// What the bench steps that drive the program share: the preview server, a persistent on-disk
// profile per data set (kept between runs with BENCH_PROFILE), the first-run setup, a raw fill from
// the realistic generator run inside the page, raw IndexedDB reads as baselines, timers from an
// event to the next painted frame, and the program's performance marks.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { BASE_URL, CHROMIUM_ARGS, median, startPreviewServer, stopServer } from './chromium';
import type { BenchSize } from './generate';

export { BASE_URL, median };

export const DB_NAME = 'tilskudd-frivillige';
/** The program's marks (data/db.ts): its own indexedDB.open call, and Dexie's open finished. */
export const DB_MARKS = { openCall: 'database:apner', ready: 'database:apen' } as const;

/** A database the steps bench against: filled once per profile, then reused by every step that names it. */
export interface Dataset {
  /** The profile's folder name; steps naming the same data set share one filled profile in a run. */
  name: string;
  /** Writes the data into the program's database in `page` (already set up); returns what was written. */
  fill(page: Page): Promise<string>;
}

/** tsx wraps named functions in a __name() the page lacks: every page of the program gets one. */
const TSX_NAME_HELPER = 'globalThis.__name ??= (f) => f;';

async function pageReady(page: Page): Promise<void> {
  await page.evaluate(TSX_NAME_HELPER);
}

let bundle: Promise<string> | undefined;

/** The generator (scripts/bench/generate.ts) bundled for the page, with the slim heads the program keeps beside letters and applications. */
function dataBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: `
        import './scripts/bench/zod-jitless';
        import { generateBenchData } from './scripts/bench/generate';
        import { letterHeadOf } from './src/renderer/src/domain/letter-head';
        import { applicationHeadOf } from './src/renderer/src/domain/application-head';
        globalThis.__benchTables = (size, seed) => {
          const tables = generateBenchData(size, seed);
          return { ...tables, letterHeads: tables.letters.map(letterHeadOf), applicationHeads: tables.applications.map(applicationHeadOf) };
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    tsconfig: 'tsconfig.web.json',
    write: false,
    logLevel: 'error',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

/**
 * Writes the tables (store → rows) that the page's `globalThis[make](...args)` returns, with raw
 * IndexedDB, a transaction per chunk. (A function by name: the program's page forbids eval.)
 */
export async function rawFill(page: Page, make: string, args: unknown[], chunk = 5_000): Promise<Record<string, number>> {
  await pageReady(page);
  return page.evaluate(
    async ({ make, args, chunk, dbName }) => {
      const fn = (globalThis as unknown as Record<string, (...a: unknown[]) => Record<string, unknown[]>>)[make]!;
      const tables = fn(...args);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(dbName);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const counts: Record<string, number> = {};
      for (const [store, rows] of Object.entries(tables)) {
        counts[store] = rows.length;
        for (let i = 0; i < rows.length; i += chunk) {
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const row of rows.slice(i, i + chunk)) os.put(row);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
      }
      db.close();
      return counts;
    },
    { make, args, chunk, dbName: DB_NAME },
  );
}

/** A data set from the realistic generator, generated inside the page (50 000 records never cross the DevTools protocol). */
export function generatedDataset(name: string, size: BenchSize, seed = 2026): Dataset {
  return {
    name,
    async fill(page) {
      await page.evaluate(await dataBundle());
      const counts = await rawFill(page, '__benchTables', [size, seed]);
      return Object.entries(counts)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${n.toLocaleString('en')} ${t}`)
        .join(', ');
    },
  };
}

/** The program's first start: municipality and name, as an officer does it. */
export async function firstRunSetup(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('combobox', { name: 'Kommune' }).fill('Bergen');
  await page.getByRole('option', { name: 'Bergen', exact: true }).click();
  await page.getByRole('textbox', { name: 'Navnet ditt' }).fill('Benk Mark');
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
}

const temporary = new Map<string, string>();

/** BENCH_PROFILE=<dir> keeps each data set's filled profile in <dir>/<name> between runs; otherwise a temporary folder per run. */
function profileDir(name: string): { dir: string; kept: boolean } {
  const kept = process.env.BENCH_PROFILE;
  if (kept) {
    mkdirSync(join(kept, name), { recursive: true });
    return { dir: join(kept, name), kept: true };
  }
  if (!temporary.has(name)) temporary.set(name, mkdtempSync(join(tmpdir(), `bench-${name}-`)));
  return { dir: temporary.get(name)!, kept: false };
}

/** Removes this run's temporary profiles (the bench calls it at the end; kept ones stay). */
export function removeProfiles(): void {
  for (const dir of temporary.values()) rmSync(dir, { recursive: true, force: true });
  temporary.clear();
}

/**
 * Runs `work` in the program, in a persistent on-disk profile holding `dataset` (set up and filled
 * the first time), with the preview server up for the while.
 */
export async function withProgram<T>(dataset: Dataset, work: (page: Page) => Promise<T>, options: { acceptDownloads?: boolean } = {}): Promise<T> {
  const { dir } = profileDir(dataset.name);
  const marker = join(dir, 'bench-filled');
  const server = await startPreviewServer();
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    acceptDownloads: options.acceptDownloads ?? false,
  });
  try {
    await context.addInitScript({ content: TSX_NAME_HELPER });
    const page = context.pages()[0] ?? (await context.newPage());
    if (!existsSync(marker)) {
      await firstRunSetup(page);
      const t0 = Date.now();
      const written = await dataset.fill(page);
      console.log(`  filled «${dataset.name}» in ${((Date.now() - t0) / 1000).toFixed(1)} s (raw IndexedDB): ${written}`);
      writeFileSync(marker, '');
    } else {
      console.log(`  «${dataset.name}» already filled in ${dir}`);
    }
    return await work(page);
  } finally {
    await context.close();
    stopServer(server);
  }
}

/**
 * Starts the program afresh at `route`: from an empty page on the program's origin (the same
 * renderer, as a reload), once the previous start's reads have drained. A reload right after a
 * start would open the database while that start's reads of 50 000 rows still occupy it.
 */
export async function startAt(page: Page, route: string): Promise<void> {
  await gotoBlank(page);
  // One second: long enough for those reads, shorter than the two seconds Chromium keeps a closed
  // database's backing store open. Past that, the open call reads the store from disk again
  // (~450 ms for ten years here, the same before and after the program's own work), which a
  // figure about the program should not hide its work in; docs/bench.md says so.
  await page.waitForTimeout(1_000);
  await page.goto(`${BASE_URL}/${route}`);
}

/** Waits for mark `last`, then returns each of `names` in ms after mark `from` (NaN for one not set). */
export async function marksAfter(page: Page, from: string, names: readonly string[], last = names[names.length - 1]!): Promise<number[]> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, last, { timeout: 180_000 });
  return page.evaluate(
    ({ from, names }) => {
      const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
      return names.map((n) => at(n) - (from === '' ? 0 : at(from)));
    },
    { from, names: [...names] },
  );
}

/** A mark's time after navigation start. */
export const NAVIGATION_START = '';

/**
 * ms from the next `type` event (caught before React, in the capture phase) to the frame after it
 * is painted, for the event `act` causes.
 */
export async function timeToPaint(page: Page, type: 'click' | 'input', act: () => Promise<void>): Promise<number> {
  await pageReady(page);
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
  await act();
  return page.evaluate(() => (window as unknown as { __took: Promise<number> }).__took);
}

/** One raw IndexedDB read: a store, or an index of it, for one key or a key range [from, to], or all. */
export interface RawRead {
  store: string;
  index?: string;
  key?: string | number;
  range?: [string | number, string | number];
}

/**
 * An empty page on the program's origin (the same IndexedDB) without the program's scripts, so a
 * raw read competes with nothing.
 */
export async function openBlank(page: Page, baseURL = BASE_URL): Promise<void> {
  await gotoBlank(page, baseURL);
  await pageReady(page);
}

const BLANK = '**/bench-blank';

/**
 * Goes to the empty page, served by a Playwright route that is removed once it has loaded: while any
 * route is set, Playwright turns the HTTP cache off and passes every request through the DevTools
 * protocol, so the program's next start would fetch and compile its ~60 chunks afresh, which no
 * officer's start does (that cost ~270 ms of every «first rows» until it was found).
 */
async function gotoBlank(page: Page, baseURL = BASE_URL): Promise<void> {
  await page.route(BLANK, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }));
  try {
    await page.goto(`${baseURL}/bench-blank`);
  } finally {
    await page.unroute(BLANK);
  }
}

/**
 * The baseline of a program start that reads `reads`: on a freshly loaded blank page, ms from
 * indexedDB.open to every getAll done (one read-only transaction), the median of `runs` loads.
 */
export async function rawOpenAndRead(page: Page, reads: readonly RawRead[], runs: number): Promise<{ ms: number; rows: number }> {
  const results: { ms: number; rows: number }[] = [];
  for (let i = 0; i < runs; i++) {
    await openBlank(page);
    results.push(
      await page.evaluate(
        async ({ reads, dbName }) => {
          const t0 = performance.now();
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open(dbName);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          const tx = db.transaction([...new Set(reads.map((r) => r.store))], 'readonly');
          const counts = await Promise.all(
            reads.map(
              (r) =>
                new Promise<number>((resolve, reject) => {
                  const os = tx.objectStore(r.store);
                  const source = r.index ? os.index(r.index) : os;
                  const query = r.range ? IDBKeyRange.bound(r.range[0], r.range[1]) : r.key === undefined ? undefined : IDBKeyRange.only(r.key);
                  const req = source.getAll(query);
                  req.onsuccess = () => resolve((req.result as unknown[]).length);
                  req.onerror = () => reject(req.error);
                }),
            ),
          );
          const ms = performance.now() - t0;
          db.close();
          return { ms, rows: counts.reduce((a, b) => a + b, 0) };
        },
        { reads: [...reads], dbName: DB_NAME },
      ),
    );
  }
  return { ms: median(results.map((r) => r.ms)), rows: results[0]?.rows ?? 0 };
}

/** «median (each, …)» for a printed line. */
export function medianOf(values: readonly number[], digits = 0): string {
  return `${median([...values]).toFixed(digits)} (${values.map((v) => v.toFixed(digits)).join(', ')})`;
}

/** With BENCH_CPU_PROFILE=<dir>: a CPU profile of `work` written there, its top self times printed. */
export { withCpuProfile as cpuProfiled } from './cpu-profile';
