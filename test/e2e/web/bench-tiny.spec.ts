// `npm run bench -- --tiny` end to end, so `npm test` keeps the bench working: every step that has a
// tiny size runs over a few hundred rows against the program served for these tests, and every
// figure those steps name arrives in results.json, with its value, baseline and target as recorded.
// Asserts no timings.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { TINY_FIGURES } from '../../../scripts/bench/steps';

interface Written {
  size: string;
  figures: { name: string; value: number; baseline?: number; target?: number; met?: boolean }[];
}

test('the bench runs every tiny step and records each figure they name', async ({ baseURL }, testInfo) => {
  test.setTimeout(480_000);
  const file = testInfo.outputPath('results.json');
  const run = await promisify(execFile)('npx', ['tsx', 'scripts/bench.ts', '--tiny'], {
    env: { ...process.env, BENCH_BASE_URL: baseURL!, BENCH_RESULTS: file, BENCH_PROFILE: '' },
    maxBuffer: 16 * 1024 * 1024,
    timeout: 460_000,
  });
  await testInfo.attach('bench output', { body: run.stdout, contentType: 'text/plain' });

  const written = JSON.parse(readFileSync(file, 'utf8')) as Written;
  expect(written.size).toBe('tiny');
  expect(written.figures.map((f) => f.name).sort()).toEqual([...TINY_FIGURES].sort());
  for (const f of written.figures) {
    expect(Number.isFinite(f.value) && f.value >= 0, `${f.name}: ${f.value}`).toBe(true);
    if (f.target !== undefined) expect(f.met, f.name).toBe(f.value <= f.target);
  }
  // The figures the issue names with a baseline carry one, so the ratio can be printed.
  const withBaseline = new Set(written.figures.filter((f) => f.baseline !== undefined && f.baseline > 0).map((f) => f.name));
  for (const name of ['import commit', 're-screening after a rule change', 'Søknader: all rows in memory after indexedDB.open', 'IMDi export 2020: year chosen → CSV file', 'backup (worker, zip in chunks)', 'restore (worker: check + one transaction)']) {
    expect(withBaseline.has(name), name).toBe(true);
  }
  // The summary table lists every figure.
  for (const name of TINY_FIGURES) expect(run.stdout).toContain(name);
});
