// The bench's write-path step at a tiny size, so `npm test` keeps it working: it runs the program's
// services in the browser and records every figure in results.json. Asserts no timings.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { recordedFigures, writeResults } from '../../../scripts/bench/results';
import { WRITE_PATH_FIGURES, openBlank, runWritePaths } from '../../../scripts/bench/write-paths';

test('the bench runs its write paths over a few hundred rows and records every figure', async ({ page, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  await openBlank(page, baseURL!);
  await runWritePaths(page, 'tiny');

  const file = testInfo.outputPath('results.json');
  writeResults(file, { size: 'tiny' });
  const written = JSON.parse(readFileSync(file, 'utf8')) as { size: string; figures: { name: string; value: number; baseline?: number; target?: number }[] };
  expect(written.size).toBe('tiny');
  expect(written.figures.map((f) => f.name).sort()).toEqual([...WRITE_PATH_FIGURES].sort());
  expect(written.figures).toHaveLength(recordedFigures().length);
  for (const f of written.figures) {
    expect(f.value, f.name).toBeGreaterThan(0);
    expect(f.target, f.name).toBeGreaterThan(0);
  }
  // The two figures with a plain baseline carry it, so the ratio can be printed.
  const withBaseline = written.figures.filter((f) => f.baseline !== undefined).map((f) => f.name).sort();
  expect(withBaseline).toEqual(['import commit', 're-screening after a rule change']);
});
