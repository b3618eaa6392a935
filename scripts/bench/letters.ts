// 500 decision letters in one batch, in Chromium: the program's pool of letter workers (its built
// worker, workers/letters/render-pool.ts sized to the cores) rendering, and its grouped save
// (saveBatchLetters, 25 per transaction, letter heads included) storing every letter in IndexedDB.
// Baseline in the same run: a plain loop of pdfmake over the same letters on one thread, without the
// kept fonts. Prints letters/s, the ratio and the target (≤ 8 s for 500, ≥ 60/s). Asserts nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium } from './chromium';

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
          async plainLoop(n, shareFonts = false) {
            const pdfmake = pdfmakeModule.default ?? pdfmakeModule;
            pdfmake.addVirtualFileSystem(vfs.default ?? vfs);
            const list = jobs(n);
            const start = performance.now();
            let bytes = 0;
            for (const job of list) bytes += (await renderWith(pdfmake, buildDecisionLetter(job.input), { shareFonts })).byteLength;
            return { ms: performance.now() - start, bytes };
          },
          async pool(n, workerUrl) {
            const db = openDatabase('bench-letters');
            await db.open();
            await db.decisions.clear();
            await db.letters.clear();
            const at = '2020-03-10T10:00:00.000Z';
            await db.decisions.bulkAdd(Array.from({ length: n }, (_, i) => ({
              id: 'd' + i, applicationId: 'a' + i, outcome: OUTCOMES[i % OUTCOMES.length], amountAppliedOre: 8_000_000,
              amountGrantedOre: 4_000_000, justification: '', conditions: '', decidedAt: '2020-03-10', decidedBy: 'Kari',
              createdAt: at, updatedAt: at,
            })));
            let next = 0;
            const ctx = { db, now: () => new Date('2020-03-16T09:00:00.000Z'), newId: () => 'l' + ++next, actor: () => 'Kari' };
            const list = jobs(n);
            const size = poolSizeFor(navigator.hardwareConcurrency, n);
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
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  throw new Error('vite preview did not start on ' + BASE);
}

export async function benchLetters(): Promise<void> {
  const worker = readdirSync('out/renderer/assets').find((f) => /^letters\.worker-.*\.js$/.test(f));
  if (!worker) throw new Error('Fant ikke brevarbeideren i out/renderer/assets. Kjør `npm run build` først.');
  const bundle = await pageBundle();
  const server = await startPreview();
  const browser = await launchChromium();
  try {
    // The bench's own script is evaluated into the page, which the program's CSP would refuse.
    const page = await browser.newPage({ bypassCSP: true });
    // Same origin as the program, without starting it: the worker file itself is the page.
    await page.goto(`${BASE}/assets/${worker}`);
    await page.evaluate(bundle);
    type Bench = { plainLoop(n: number, shareFonts?: boolean): Promise<{ ms: number }>; pool(n: number, url: string): Promise<{ ms: number; size: number; saved: number; heads: number; cores: number }> };
    const pool = await page.evaluate(
      ({ n, url }) => (globalThis as unknown as { __lettersBench: Bench }).__lettersBench.pool(n, url),
      { n: LETTERS, url: `${BASE}/assets/${worker}` },
    );
    const plain = await page.evaluate((n) => (globalThis as unknown as { __lettersBench: Bench }).__lettersBench.plainLoop(n), LETTERS);
    // The kept fonts alone: the same loop on one thread, fonts parsed once (shows what the pool adds).
    const kept = await page.evaluate((n) => (globalThis as unknown as { __lettersBench: Bench }).__lettersBench.plainLoop(n, true), LETTERS);
    const rate = (ms: number) => LETTERS / (ms / 1000);
    console.log(`Letters: ${LETTERS} decision letters in one batch (Chromium, ${pool.cores} cores reported)`);
    console.log(`  baseline, plain pdfmake loop, one thread: ${(plain.ms / 1000).toFixed(1)} s, ${rate(plain.ms).toFixed(1)} letters/s`);
    console.log(`  same loop, fonts kept across letters: ${(kept.ms / 1000).toFixed(1)} s, ${rate(kept.ms).toFixed(1)} letters/s (${(plain.ms / kept.ms).toFixed(2)}×)`);
    console.log(
      `  pool of ${pool.size} workers + grouped saves: ${(pool.ms / 1000).toFixed(1)} s, ${rate(pool.ms).toFixed(1)} letters/s ` +
        `(${(plain.ms / pool.ms).toFixed(2)}× the baseline; target ≥ ${TARGET_PER_SECOND}/s, ≤ ${((LETTERS / TARGET_PER_SECOND)).toFixed(1)} s)`,
    );
    console.log(`  stored: ${pool.saved} letters, ${pool.heads} letter heads`);
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
}

if (process.argv[1]?.endsWith('letters.ts')) await benchLetters();
