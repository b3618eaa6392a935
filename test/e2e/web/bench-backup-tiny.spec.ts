// The bench's backup step at a tiny size, so `npm test` keeps it working: the realistic data
// generator, the program's built backup worker, both baselines and every figure recorded.
// Asserts no timings.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { recordedFigures, writeResults } from '../../../scripts/bench/results';
import { BACKUP_FIGURES, runBackupBench } from '../../../scripts/bench/backup';
import { openBlank } from '../../../scripts/bench/write-paths';

test('the bench backs up and restores a tiny realistic database in the worker and records every figure', async ({ page, context, baseURL }, testInfo) => {
  test.setTimeout(240_000);
  await openBlank(page, baseURL!);
  await runBackupBench(page, await context.newCDPSession(page), baseURL!, 'tiny', 20, 60_000);

  const file = testInfo.outputPath('results.json');
  writeResults(file, { size: 'tiny' });
  const written = JSON.parse(readFileSync(file, 'utf8')) as { figures: { name: string; value: number; baseline?: number; target?: number }[] };
  const names = Object.values(BACKUP_FIGURES);
  const mine = written.figures.filter((f) => (names as string[]).includes(f.name));
  expect(mine.map((f) => f.name).sort()).toEqual([...names].sort());
  expect(written.figures).toHaveLength(recordedFigures().length);
  // Backup and restore beside their raw baselines, with the targets the issue states.
  const backup = mine.find((f) => f.name === BACKUP_FIGURES.backup)!;
  const restore = mine.find((f) => f.name === BACKUP_FIGURES.restore)!;
  expect(backup.target).toBeCloseTo(2 * backup.baseline!);
  expect(restore.target).toBeCloseTo(1.5 * restore.baseline!);
  // The heap of page and worker was sampled.
  expect(mine.find((f) => f.name === BACKUP_FIGURES.backupHeap)!.value).toBeGreaterThan(0);
});
