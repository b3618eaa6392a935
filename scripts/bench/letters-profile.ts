// Where a letter's time goes: a CPU profile (CDP Profiler) of the program's render path on the page's
// thread, the same code a letter worker runs, over N letters after a warm-up. Prints the share of the
// main stages (time spent inside each, callees included) and the functions with the most self time;
// the raw profile goes to /tmp/letters.cpuprofile (open it in Chromium's DevTools).
// `npm run build`, then `BENCH_LETTERS_PORT=<port> N=100 npx tsx scripts/bench/letters-profile.ts`.
import { writeFileSync } from 'node:fs';
import { openLettersPage, plainLoop, type LoopOptions } from './letters';
import { topSelfTime, type CpuProfile } from './cpu-profile';

const N = Number(process.env.N ?? 100);
/** The program's render path: fonts kept across letters, streams written the faster way. */
const PROGRAM: LoopOptions = { shareFonts: true, fastWrites: true };

const STAGES: [string, RegExp][] = [
  ['pdfmake layout (measure, line breaking, pages)', /^layoutDocument$/],
  ['pdfmake drawing the pages (pdfkit operators)', /^renderPages$/],
  ['font embedding (subset encode, ToUnicode)', /^embed$/],
  ['  of which subset encode', /^(encode|encodeOnce)$/],
  ['deflate (all streams)', /^(deflateSync|zlibSync|zlibBufferSync)$/],
  ['font provided per document (pdfmake provideFont)', /^provideFont$/],
  ['PDF/A colour profile and XMP', /^endSubset$/],
  ['garbage collector', /^\(garbage collector\)$/],
];

/** Inclusive time of each stage, as a share of all samples: a sample counts once for every stage on its stack. */
function stageShares(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const total = deltas.reduce((a, b) => a + b, 0);
  const inside = new Map<string, number>();
  samples.forEach((id, i) => {
    const names = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) names.add(byId.get(at)!.callFrame.functionName);
    for (const [label, pattern] of STAGES) if ([...names].some((n) => pattern.test(n))) inside.set(label, (inside.get(label) ?? 0) + (deltas[i] ?? 0));
  });
  return new Map(STAGES.map(([label]) => [label, (inside.get(label) ?? 0) / total]));
}

const { page, close } = await openLettersPage();
try {
  console.log('warm', await plainLoop(page, 20, PROGRAM));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const r = await plainLoop(page, N, PROGRAM);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  console.log('profiled', r, (r.ms / N).toFixed(1), 'ms/letter');
  writeFileSync('/tmp/letters.cpuprofile', JSON.stringify(profile));
  for (const [label, share] of stageShares(profile)) console.log(`${(share * 100).toFixed(1).padStart(5)} %  ${label}`);
  console.log('self time, top functions:');
  for (const row of topSelfTime(profile, 25)) console.log((row.share * 100).toFixed(1).padStart(5), '%', row.name);
} finally {
  await close();
}
