// Start-up weight and speed of the built renderer: the entry chunks' size (gzip), and over cold
// loads (a fresh context each: cold cache, empty IndexedDB, the first-run page) the first
// contentful paint and the first heading.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, startPreviewServer, stopServer } from './chromium';
import type { StepSize } from './datasets';
import { BASE_URL, median, medianOf } from './harness';
import { recordFigure } from './results';

/** The figures this step records (the tiny test checks they all come). */
export const STARTUP_FIGURES = {
  entry: 'Start-up: entry chunks (gzip)',
  shell: 'Start-up: shell chunks preloaded beside the entry (gzip)',
  firstPaint: 'Start-up: first contentful paint',
  firstHeading: 'Start-up: first heading visible',
} as const;

const RENDERER_DIR = 'out/renderer';
const RUNS: Record<StepSize, number> = { full: 7, tiny: 1 };

interface ChunkSize {
  file: string;
  raw: number;
  gzip: number;
}

function sizeOf(file: string): ChunkSize {
  const bytes = readFileSync(join(RENDERER_DIR, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The chunks a built chunk imports statically (`import"./x.js"`, `from"./x.js"`), as asset paths. */
function staticImports(file: string): string[] {
  const code = readFileSync(join(RENDERER_DIR, file), 'utf8');
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]!}`);
}

/**
 * What index.html loads: the entry (its script and every chunk that script imports statically) and,
 * apart, the chunks it only preloads: the shell's, a lazy import that every start after the first
 * needs, hinted so the browser fetches it beside the entry. A hint does not hold back the first
 * paint; the entry's code does, so the entry keeps its target.
 */
function indexHtmlChunks(): { entry: ChunkSize[]; preloaded: ChunkSize[] } {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const scripts = [...html.matchAll(/<script[^>]*src="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const css = linked.filter((file) => file.endsWith('.css'));
  const entry = new Set<string>(css);
  const visit = (file: string) => {
    if (entry.has(file)) return;
    entry.add(file);
    staticImports(file).forEach(visit);
  };
  scripts.forEach(visit);
  return { entry: [...entry].map(sizeOf), preloaded: linked.filter((file) => !entry.has(file)).map(sizeOf) };
}

export async function benchStartup(size: StepSize = 'full'): Promise<void> {
  const { entry, preloaded } = indexHtmlChunks();
  const kib = (chunks: ChunkSize[]) => chunks.reduce((sum, c) => sum + c.gzip, 0) / 1024;
  console.log('\nStart-up: the entry, loaded by index.html before any lazy import');
  for (const c of entry) console.log(`  ${c.file}: ${(c.raw / 1024).toFixed(1)} KiB, ${(c.gzip / 1024).toFixed(1)} KiB gzip`);
  console.log(`  and ${preloaded.length} chunks of the shell, only preloaded: ${kib(preloaded).toFixed(1)} KiB gzip`);
  recordFigure({ name: STARTUP_FIGURES.entry, value: kib(entry), unit: 'KiB', target: 150 });
  recordFigure({ name: STARTUP_FIGURES.shell, value: kib(preloaded), unit: 'KiB' });

  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    const paints: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < RUNS[size]; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(BASE_URL + '/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const timing = await page.evaluate(() => ({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN, now: performance.now() }));
      paints.push(timing.fcp);
      ready.push(timing.now);
      await context.close();
    }
    console.log(`  ${paints.length} cold loads (median, each): first contentful paint ${medianOf(paints)} ms; first heading ${medianOf(ready)} ms`);
    recordFigure({ name: STARTUP_FIGURES.firstPaint, value: median(paints), unit: 'ms', target: 400 });
    recordFigure({ name: STARTUP_FIGURES.firstHeading, value: median(ready), unit: 'ms' });
  } finally {
    await browser.close();
    stopServer(server);
  }
}
