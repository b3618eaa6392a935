// The paths that do the work, at the issue's sizes, in an on-disk Chromium profile: commit of an
// import beside a raw insert of the same rows, a bulk decision, and re-screening of the open
// applications after a rule change beside reading them and screening them. `--tiny` runs the same
// steps over a few hundred rows (the bench's own test does, inside `npm test`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, startPreviewServer, stopServer } from './chromium';
import { FULL_SIZE, TINY_SIZE, type BenchSize } from './generate';
import { withCpuProfile } from './cpu-profile';
import { openBlank } from './harness';
import { recordFigure } from './results';

/** The figures this step records, by name (the tiny test checks they all come). */
export const WRITE_PATH_FIGURES = ['import commit', 'bulk decision', 're-screening after a rule change'] as const;

interface WriteSizes {
  data: BenchSize;
  importRows: number;
  decide: number;
}

const SIZES: Record<'full' | 'tiny', WriteSizes> = {
  full: { data: FULL_SIZE, importRows: 5_000, decide: 5_000 },
  tiny: { data: TINY_SIZE, importRows: 100, decide: 100 },
};

export interface PageApi {
  fill(size: BenchSize): Promise<{ rows: number; ms: number }>;
  reopen(size: BenchSize): Promise<void>;
  rescreenBaseline(): Promise<{ ms: number; open: number }>;
  rescreen(): Promise<{ ms: number; changed: number }>;
  rescreenRawWrite(): Promise<{ ms: number; rows: number }>;
  decideRawWrite(): Promise<{ ms: number; rows: number }>;
  prepareDecide(count: number): Promise<void>;
  decide(): Promise<{ ms: number; decided: number }>;
  prepareImport(count: number): Promise<void>;
  importCommit(): Promise<{ ms: number; created: number }>;
  importBaseline(): Promise<{ ms: number; rows: number }>;
  requestCounts(): Promise<Record<string, number>>;
  startCommit(): void;
  state(): Promise<{ applications: number; screenings: number; summaries: number; organisations: number; log: number; chain: { ok: boolean } }>;
  close(): void;
}

export type PageCall = <K extends keyof PageApi>(name: K, ...args: Parameters<PageApi[K]>) => Promise<Awaited<ReturnType<PageApi[K]>>>;

/** The page half (page/write-paths.ts) with the program's services, as one script. */
async function pageBundle(): Promise<string> {
  const root = resolve(import.meta.dirname, '../..');
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'page/write-paths.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__benchWrite',
    write: false,
    alias: { '@renderer': join(root, 'src/renderer/src'), '@shared': join(root, 'src/shared') },
    // Code evaluated through the DevTools protocol may compile a function before the page's CSP stops
    // it; zod would then take «eval works» and fail later. Its schemas read this when they are made.
    banner: { js: '(globalThis.__zod_globalConfig ??= {}).jitless = true;' },
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/** Loads the page half into `page` (on the program's origin) and returns a way to call it. */
export async function loadPageApi(page: Page): Promise<PageCall> {
  await page.evaluate(await pageBundle());
  return (name, ...args) =>
    page.evaluate(
      ({ name, args }) => (globalThis as unknown as { __benchWrite: Record<string, (...a: unknown[]) => unknown> }).__benchWrite[name]!(...args),
      { name, args: args as unknown[] },
    ) as never;
}

/**
 * A measured step, profiled (and its IndexedDB requests counted) when BENCH_CPU_PROFILE is set; see
 * cpu-profile.ts.
 */
async function measured<T>(page: Page, call: PageCall, step: string, work: () => Promise<T>): Promise<T> {
  if (!process.env.BENCH_CPU_PROFILE) return work();
  await call('requestCounts');
  const result = await withCpuProfile(page, step, work);
  const counts = Object.entries(await call('requestCounts')).sort((a, b) => b[1] - a[1]);
  const total = counts.reduce((n, [, c]) => n + c, 0);
  console.log(`  IndexedDB requests in ${step}: ${total.toLocaleString('en')} (${counts.map(([m, c]) => `${m} ${c.toLocaleString('en')}`).join(', ')})`);
  return result;
}

/** Runs the steps in `page` (already on the program's origin) and records their figures. */
export async function runWritePaths(page: Page, sizeName: 'full' | 'tiny'): Promise<void> {
  const size = SIZES[sizeName];
  const call = await loadPageApi(page);
  const filled = await call('fill', size.data);
  console.log(`  filled ${filled.rows.toLocaleString('en')} rows (ten calls, change log included) in ${(filled.ms / 1000).toFixed(1)} s`);

  const baseline = await call('rescreenBaseline');
  const rescreened = await measured(page, call, 're-screening', () => call('rescreen'));
  console.log(`  re-screening: ${baseline.open.toLocaleString('en')} open applications in the current call, ${rescreened.changed.toLocaleString('en')} screenings changed`);
  recordFigure({ name: WRITE_PATH_FIGURES[2], value: rescreened.ms, unit: 'ms', baseline: baseline.ms, target: 2 * baseline.ms });
  // What the target cannot see: the rows that changed must be written, and writing them alone costs this.
  const floor = await call('rescreenRawWrite');
  console.log(
    `    its writes alone, raw: ${floor.rows.toLocaleString('en')} rows (screenings, summaries, change log) put in one transaction in ${Math.round(floor.ms).toLocaleString('en')} ms; re-screening = ${(rescreened.ms / (baseline.ms + floor.ms)).toFixed(2)}× (read and screen + raw write)`,
  );

  await call('prepareDecide', size.decide);
  const decided = await measured(page, call, 'bulk decision', () => call('decide'));
  console.log(`  bulk decision: ${decided.decided.toLocaleString('en')} applications decided`);
  recordFigure({ name: WRITE_PATH_FIGURES[1], value: decided.ms, unit: 'ms', target: 5_000 });
  // Its floor: the rows it wrote cost this much to write alone, whatever the program does around them.
  const decideFloor = await call('decideRawWrite');
  console.log(
    `    its writes alone, raw: ${decideFloor.rows.toLocaleString('en')} rows (decisions, applications, their heads, change log) put in one transaction in ${Math.round(decideFloor.ms).toLocaleString('en')} ms; bulk decision = ${(decided.ms / decideFloor.ms).toFixed(2)}× its raw write`,
  );

  await call('prepareImport', size.importRows);
  const imported = await measured(page, call, 'import commit', () => call('importCommit'));
  const raw = await call('importBaseline');
  console.log(`  import commit: ${imported.created.toLocaleString('en')} applications created, ${raw.rows.toLocaleString('en')} rows written with the change log`);
  recordFigure({ name: WRITE_PATH_FIGURES[0], value: imported.ms, unit: 'ms', baseline: raw.ms, target: 1.5 * raw.ms });
  await call('close');
}

export async function benchWritePaths(sizeName: 'full' | 'tiny'): Promise<void> {
  const size = SIZES[sizeName];
  console.log(
    `\nWrite paths: ${size.data.applications.toLocaleString('en')} applications over ten calls, ${size.data.openInCurrentCall.toLocaleString('en')} open; import of ${size.importRows.toLocaleString('en')} rows, bulk decision of ${size.decide.toLocaleString('en')}; on-disk profile`,
  );
  const profile = mkdtempSync(join(tmpdir(), 'bench-write-'));
  const server = await startPreviewServer();
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openBlank(page);
    page.setDefaultTimeout(0);
    await runWritePaths(page, sizeName);
  } finally {
    await context.close();
    stopServer(server);
    rmSync(profile, { recursive: true, force: true });
  }
}
