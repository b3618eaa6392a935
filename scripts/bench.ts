// `npm run bench`: the built program's speed and size figures, each beside its baseline from the
// same run and its target; a summary table at the end and bench/results.json after every step.
// Run `npm run build` first. `--<step>-only` runs one step (see scripts/bench/steps.ts); `--tiny`
// runs every step that has a tiny size over a few hundred rows and skips the others.
import { existsSync } from 'node:fs';
import { removeProfiles } from './bench/harness';
import { recordedFigures, summaryTable, writeResults } from './bench/results';
import { BENCH_STEPS } from './bench/steps';

if (!existsSync('out/renderer/index.html')) {
  console.error('Fant ikke out/renderer. Kjør `npm run build` først.');
  process.exit(1);
}

const tiny = process.argv.includes('--tiny');
const only = process.argv.find((a) => a.endsWith('-only'));
if (only && !BENCH_STEPS.some((s) => s.flag === only)) {
  console.error(`Unknown step ${only}; the steps: ${BENCH_STEPS.map((s) => s.flag).join(', ')}`);
  process.exit(1);
}
// BENCH_RESULTS: another file than bench/results.json (the bench's own test writes to its output folder).
const file = process.env.BENCH_RESULTS ?? 'bench/results.json';
const meta = { size: tiny ? 'tiny' : 'full', only: only ?? null };
const started = Date.now();
try {
  for (const step of BENCH_STEPS) {
    if ((only && step.flag !== only) || (tiny && !step.tiny)) continue;
    await step.run(tiny ? 'tiny' : 'full');
    writeResults(file, meta);
  }
} finally {
  removeProfiles();
}
console.log(`\nEvery figure of this run (${((Date.now() - started) / 60_000).toFixed(1)} min; ratio = value / baseline from the same run):\n`);
console.log(summaryTable(recordedFigures()));
writeResults(file, meta);
console.log(`\nFigures written to ${file}`);
