// Start-up weight and speed of the built renderer: entry chunk size (gzip) and first paint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE_URL, launchChromium, median, startPreviewServer, stopServer } from './chromium';

const RENDERER_DIR = 'out/renderer';
const RUNS = 7;

function entryChunkSizes(): { file: string; raw: number; gzip: number }[] {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return files.map((file) => {
    const bytes = readFileSync(join(RENDERER_DIR, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

export async function benchStartup(): Promise<void> {
  const chunks = entryChunkSizes();
  console.log('Start-up: chunks loaded by index.html (before any lazy import)');
  for (const c of chunks) {
    console.log(`  ${c.file}: ${(c.raw / 1024).toFixed(1)} KiB, ${(c.gzip / 1024).toFixed(1)} KiB gzip`);
  }
  const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
  console.log(`  entry total: ${(total / 1024).toFixed(1)} KiB gzip (target ≤ 150 KiB)`);

  const server = await startPreviewServer();
  const browser = await launchChromium();
  try {
    const paints: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context each run: cold cache, empty IndexedDB (the first-run page).
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(BASE_URL + '/');
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const timing = await page.evaluate(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
        return { fcp, now: performance.now() };
      });
      paints.push(timing.fcp);
      ready.push(timing.now);
      await context.close();
    }
    console.log(`  first contentful paint: median ${median(paints).toFixed(0)} ms over ${RUNS} cold loads (target ≤ 400 ms)`);
    console.log(`  first heading visible: median ${median(ready).toFixed(0)} ms`);
  } finally {
    await browser.close();
    stopServer(server);
  }
}
