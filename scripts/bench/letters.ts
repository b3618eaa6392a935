// 500 decision letters in one batch, in Chromium: the program's pool of letter workers (its built
// worker, workers/letters/render-pool.ts sized to the cores) rendering, and its grouped save
// (saveBatchLetters, 25 per transaction, letter heads included) storing every letter in IndexedDB.
// Baseline in the same run: a plain loop of pdfmake over the same letters on one thread, without the
// kept fonts or the faster stream writes. Beside it, to show what each part adds: the same loop with
// fonts kept, the program's own render path on one thread (fonts kept, streams written the faster
// way, documents/pdf/stream-writes.ts), and the pool with one worker. Prints letters/s, the ratios
// and the target (≤ 8.3 s for 500, ≥ 60/s), and records the figures. Asserts nothing.
// The loops run in this order on purpose: the hooks, once installed on pdfkit's classes, stay.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { launchChromium } from './chromium';
import { recordFigure } from './results';
import { childProcessCpuMs } from './process-cpu';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 500);
const PORT = Number(process.env.BENCH_LETTERS_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}`;
const TARGET_PER_SECOND = 60;

/** The page's side: letter inputs, the plain loop, and the pool with grouped saves. */
export async function pageBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { buildDecisionLetter } from './src/renderer/src/documents/pdf/decision-letter';
        import { renderWith } from './src/renderer/src/documents/pdf/render-core';
        import { DEFAULT_LETTER_TEXTS } from './src/renderer/src/documents/pdf/letter-texts';
        import { poolSizeFor, runRenderPool } from './src/renderer/src/workers/letters/render-pool';
        import { saveBatchLetters } from './src/renderer/src/services/decisions/letters';
        import { openDatabase } from './src/renderer/src/data/db';
        import { letterInput } from './test/unit/pdf/letter-fixtures';
        import pdfmakeModule from 'pdfmake/build/pdfmake';
        import vfs from 'pdfmake/build/vfs_fonts';

        const OUTCOMES = ['innvilget', 'delvis_innvilget', 'avslatt', 'avvist'];
        const STREETS = ['Kong Oscars gate', 'Strandkaien', 'Nygårdsgaten', 'Øvre Ole Bulls plass', 'Fjøsangerveien'];
        function jobs(n) {
          return Array.from({ length: n }, (_, i) => {
            const outcome = OUTCOMES[i % OUTCOMES.length];
            const base = letterInput(outcome);
            return {
              key: 'd' + i,
              input: {
                ...base,
                texts: DEFAULT_LETTER_TEXTS.nb,
                application: { ...base.application, id: 'a' + i, title: 'Tiltak nr. ' + i + ': norsktrening og leksehjelp for nye i ' + STREETS[i % 5] },
                organisation: { ...base.organisation, name: 'Forening ' + i + ' for inkludering av nye ' + (i % 7 ? 'landsmenn' : 'bergensere'),
                  address: STREETS[i % 5] + ' ' + (i % 90 + 1) + '\\n50' + String(i % 100).padStart(2, '0') + ' Bergen' },
              },
            };
          });
        }

        globalThis.__lettersBench = {
          async plainLoop(n, options) {
            const pdfmake = pdfmakeModule.default ?? pdfmakeModule;
            pdfmake.addVirtualFileSystem(vfs.default ?? vfs);
            const list = jobs(n);
            const start = performance.now();
            let bytes = 0;
            for (const job of list) bytes += (await renderWith(pdfmake, buildDecisionLetter(job.input), options)).byteLength;
            return { ms: performance.now() - start, bytes };
          },
          async pool(n, workerUrl, workers) {
            const db = openDatabase('bench-letters');
            await db.open();
            await db.decisions.clear();
            await db.letters.clear();
            await db.letterHeads.clear();
            const at = '2020-03-10T10:00:00.000Z';
            await db.decisions.bulkAdd(Array.from({ length: n }, (_, i) => ({
              id: 'd' + i, applicationId: 'a' + i, callId: 'c1', outcome: OUTCOMES[i % OUTCOMES.length], amountAppliedOre: 8_000_000,
              amountGrantedOre: 4_000_000, justification: '', conditions: '', decidedAt: '2020-03-10', decidedBy: 'Kari',
              createdAt: at, updatedAt: at,
            })));
            let next = 0;
            const ctx = { db, now: () => new Date('2020-03-16T09:00:00.000Z'), newId: () => 'l' + ++next, actor: () => 'Kari' };
            const list = jobs(n);
            const size = workers ?? poolSizeFor(navigator.hardwareConcurrency, n);
            let group = [];
            let saved = 0;
            const store = async () => {
              const inputs = group;
              group = [];
              if (inputs.length) saved += (await saveBatchLetters(ctx, inputs)).filter(Boolean).length;
            };
            const start = performance.now();
            const run = runRenderPool({
              jobs: list,
              size,
              createWorker: () => new Worker(workerUrl, { type: 'module' }),
              onResult: async (bytes, index) => {
                group.push({ decisionId: list[index].key, language: 'nb', bytes });
                if (group.length >= 25) await store();
              },
              jobError: (index, message) => new Error(list[index].key + ': ' + message),
              cancelled: () => new Error('avbrutt'),
            });
            await run.done;
            await store();
            const ms = performance.now() - start;
            const heads = await db.letterHeads.count();
            db.close();
            return { ms, size, saved, heads, cores: navigator.hardwareConcurrency };
          },
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    alias: { '@renderer': './src/renderer/src', '@shared': './src/shared' },
    define: { 'import.meta.url': '""' },
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

export async function startPreview(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopPreview(server);
  throw new Error('vite preview did not start on ' + BASE);
}

export type LoopOptions = { shareFonts: boolean; fastWrites: boolean };
type PoolResult = { ms: number; size: number; saved: number; heads: number; cores: number };
type Bench = { plainLoop(n: number, options: LoopOptions): Promise<{ ms: number; bytes: number }>; pool(n: number, url: string, workers?: number): Promise<PoolResult> };

/** n letters rendered one after the other on the page's thread (pageBundle's plain loop). */
export function plainLoop(page: Page, n: number, options: LoopOptions): Promise<{ ms: number; bytes: number }> {
  return page.evaluate(({ n, options }) => (globalThis as unknown as { __lettersBench: Bench }).__lettersBench.plainLoop(n, options), { n, options });
}

export interface LettersPage {
  page: Page;
  /** The built letter worker, on the program's origin. */
  workerUrl: string;
  close(): Promise<void>;
}

/**
 * A page on the program's origin (vite preview of the build) with pageBundle loaded, without starting
 * the program: the built letter worker's file itself is the page.
 */
export async function openLettersPage(): Promise<LettersPage> {
  const worker = readdirSync('out/renderer/assets').find((f) => /^letters\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error('Fant ikke brevarbeideren i out/renderer/assets. Kjør `npm run build` først.');
  const bundle = await pageBundle();
  const server = await startPreview();
  const browser = await launchChromium().catch((error: unknown) => {
    stopPreview(server);
    throw error;
  });
  const close = async () => {
    await browser.close();
    stopPreview(server);
  };
  try {
    // The bench's own script is evaluated into the page, which the program's CSP would refuse.
    const page = await browser.newPage({ bypassCSP: true });
    const workerUrl = `${BASE}/assets/${worker}`;
    await page.goto(workerUrl);
    await page.evaluate(bundle);
    return { page, workerUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function benchLetters(): Promise<void> {
  const { page, workerUrl: url, close } = await openLettersPage();
  try {
    // Each step with the browser's CPU time per letter beside its wall time (see process-cpu.ts).
    const measured = async <T extends { ms: number }>(step: () => Promise<T>): Promise<T & { cpuMs: number }> => {
      const before = childProcessCpuMs();
      const result = await step();
      return { ...result, cpuMs: childProcessCpuMs() - before };
    };
    const runPool = (workers?: number) =>
      measured(() => page.evaluate(({ n, url, workers }) => (globalThis as unknown as { __lettersBench: Bench }).__lettersBench.pool(n, url, workers), { n: LETTERS, url, workers }));
    const loop = (options: LoopOptions) => measured(() => plainLoop(page, LETTERS, options));
    const pool = await runPool();
    const single = await runPool(1);
    const plain = await loop({ shareFonts: false, fastWrites: false });
    // The kept fonts alone: the same loop on one thread, fonts parsed once.
    const kept = await loop({ shareFonts: true, fastWrites: false });
    // The program's render path on one thread: kept fonts and the faster stream writes.
    const program = await loop({ shareFonts: true, fastWrites: true });
    const rate = (ms: number) => LETTERS / (ms / 1000);
    const cpu = (step: { cpuMs: number }) => (step.cpuMs > 0 ? `, browser CPU ${(step.cpuMs / LETTERS).toFixed(1)} ms a letter` : '');
    const line = (label: string, step: { ms: number; cpuMs: number }) =>
      `  ${label}: ${(step.ms / 1000).toFixed(1)} s, ${rate(step.ms).toFixed(1)} letters/s (${(plain.ms / step.ms).toFixed(2)}× the baseline)${cpu(step)}`;
    console.log(`Letters: ${LETTERS} decision letters in one batch (Chromium, ${pool.cores} cores reported)`);
    console.log(`  baseline, plain pdfmake loop, one thread: ${(plain.ms / 1000).toFixed(1)} s, ${rate(plain.ms).toFixed(1)} letters/s${cpu(plain)}, ${Math.round(plain.bytes / LETTERS / 1024)} KiB a letter`);
    console.log(line('same loop, fonts kept across letters', kept));
    console.log(`${line('the program\'s render path, one thread (fonts kept, faster stream writes)', program)}, ${Math.round(program.bytes / LETTERS / 1024)} KiB a letter`);
    console.log(line(`pool of 1 worker + grouped saves`, single));
    console.log(`${line(`pool of ${pool.size} workers + grouped saves`, pool)}; target ≥ ${TARGET_PER_SECOND}/s, ≤ ${(LETTERS / TARGET_PER_SECOND).toFixed(1)} s`);
    console.log(`  load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (wall times on a busy machine are inflated; CPU per letter much less)`);
    console.log(`  stored: ${pool.saved} letters, ${pool.heads} letter heads (1 worker: ${single.saved}, ${single.heads})`);
    recordFigure({ name: `Letters: ${LETTERS} in one batch, pool of ${pool.size} workers + grouped saves`, value: pool.ms, unit: 'ms', baseline: plain.ms, target: (LETTERS / TARGET_PER_SECOND) * 1000 });
    recordFigure({ name: `Letters: ${LETTERS}, pool of 1 worker + grouped saves`, value: single.ms, unit: 'ms', baseline: plain.ms });
    recordFigure({ name: `Letters: ${LETTERS}, the program's render path on one thread`, value: program.ms, unit: 'ms', baseline: plain.ms });
    if (program.cpuMs > 0) {
      recordFigure({ name: 'Letters: browser CPU a letter, program\'s render path, one thread', value: program.cpuMs / LETTERS, unit: 'ms', baseline: plain.cpuMs / LETTERS });
      recordFigure({ name: `Letters: browser CPU a letter, pool of ${pool.size} workers + grouped saves`, value: pool.cpuMs / LETTERS, unit: 'ms', baseline: plain.cpuMs / LETTERS });
    }
  } finally {
    await close();
  }
}

/** Stops the preview server's process group; one that has already gone is fine. */
export function stopPreview(server: ChildProcess): void {
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already stopped
  }
}

if (process.argv[1]?.endsWith('letters.ts')) await benchLetters();
