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
  firstPaint: 'Start-up: first contentful paint',
  firstHeading: 'Start-up: first heading visible',
} as const;

const RENDERER_DIR = 'out/renderer';
const RUNS: Record<StepSize, number> = { full: 7, tiny: 1 };

function entryChunkSizes(): { file: string; raw: number; gzip: number }[] {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return files.map((file) => {
    const bytes = readFileSync(join(RENDERER_DIR, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

export async function benchStartup(size: StepSize = 'full'): Promise<void> {
  console.log('\nStart-up: chunks loaded by index.html (before any lazy import)');
  const chunks = entryChunkSizes();
  for (const c of chunks) console.log(`  ${c.file}: ${(c.raw / 1024).toFixed(1)} KiB, ${(c.gzip / 1024).toFixed(1)} KiB gzip`);
  recordFigure({ name: STARTUP_FIGURES.entry, value: chunks.reduce((sum, c) => sum + c.gzip, 0) / 1024, unit: 'KiB', target: 150 });

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
