// Where a letter's time goes: a CPU profile (CDP Profiler) of the program's render path on the page's
// thread, the same code a letter worker runs, over N letters after a warm-up. Prints the share of the
// main stages (time spent inside each, callees included) and the functions with the most self time;
// the raw profile goes to /tmp/letters.cpuprofile (open it in Chromium's DevTools).
// `npm run build`, then `BENCH_LETTERS_PORT=<port> N=100 npx tsx scripts/bench/letters-profile.ts`.
import { readdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from './chromium';
import { pageBundle, startPreview, stopPreview } from './letters';

const N = Number(process.env.N ?? 100);
const PORT = Number(process.env.BENCH_LETTERS_PORT ?? 4175);
const BASE = `http://127.0.0.1:${PORT}`;

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const worker = readdirSync('out/renderer/assets').find((f) => /^letters\.worker-.*\.js$/.test(f))!;
const bundle = await pageBundle();
const server = await startPreview();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${BASE}/assets/${worker}`);
  await page.evaluate(bundle);
  type B = { plainLoop(n: number, s?: boolean): Promise<{ ms: number; bytes: number }> };
  const run = (n: number) => page.evaluate((n) => (globalThis as unknown as { __lettersBench: B }).__lettersBench.plainLoop(n, true), n);
  console.log('warm', await run(20));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const r = await run(N);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  console.log('profiled', r, (r.ms / N).toFixed(1), 'ms/letter');
  writeFileSync('/tmp/letters.cpuprofile', JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fn = new Map<string, number>();
  for (const [id, t] of self) {
    const c = byId.get(id)!.callFrame;
    const key = `${c.functionName || '(anon)'} ${c.url.split('/').pop()}:${c.lineNumber}`;
    fn.set(key, (fn.get(key) ?? 0) + t);
  }
  console.log('total sampled ms', (total / 1000).toFixed(0));
  // Inclusive time of the stages: each sample counts once for every stage on its stack.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stages: [string, RegExp][] = [
    ['pdfmake layout (measure, line breaking, pages)', /^layoutDocument$/],
    ['pdfmake drawing the pages (pdfkit operators)', /^renderPages$/],
    ['font embedding (subset encode, ToUnicode)', /^embed$/],
    ['  of which subset encode', /^(encode|encodeOnce)$/],
    ['deflate (all streams)', /^(deflateSync|zlibSync|zlibBufferSync)$/],
    ['font provided per document (pdfmake provideFont)', /^provideFont$/],
    ['PDF/A colour profile and XMP', /^endSubset$/],
    ['garbage collector', /^\(garbage collector\)$/],
  ];
  const inside = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) names.add(byId.get(at)!.callFrame.functionName);
    for (const [label, pattern] of stages) if ([...names].some((n) => pattern.test(n))) inside.set(label, (inside.get(label) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  for (const [label] of stages) console.log(`${(((inside.get(label) ?? 0) / total) * 100).toFixed(1).padStart(5)} %  ${label}`);
  console.log('self time, top functions:');
  for (const [k, t] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(((t / total) * 100).toFixed(1).padStart(5), '%', k);
} finally {
  await browser.close();
  stopPreview(server);
}
