// The bench's summary: one row per figure with its value, baseline, ratio, target and verdict.
import { describe, expect, it } from 'vitest';
import { describeFigure, summaryTable } from '../../../scripts/bench/results';

describe('bench summary table', () => {
  const figures = [
    { name: 'import commit', value: 6_746, unit: 'ms', baseline: 4_362, target: 1.5 * 4_362 },
    { name: 'Søknader: sort by title → painted', value: 35, unit: 'ms', target: 100 },
    { name: 'Oversikt: every chart drawn after indexedDB.open', value: 812.4, unit: 'ms' },
  ];

  it('shows each figure with its ratio to the baseline and whether its target is met', () => {
    const lines = summaryTable(figures).split('\n');
    expect(lines).toHaveLength(2 + figures.length);
    expect(lines[2]).toMatch(/^import commit\s+6 746 ms\s+4 362 ms\s+1\.55×\s+6 543 ms\s+NOT met$/);
    expect(lines[3]).toMatch(/^Søknader: sort by title → painted\s+35\.0 ms\s+—\s+—\s+100 ms\s+met$/);
    expect(lines[4]).toMatch(/^Oversikt: every chart drawn after indexedDB\.open\s+812 ms\s+—\s+—\s+—\s+—$/);
  });

  it('agrees with the line printed when the figure was recorded', () => {
    expect(describeFigure(figures[0]!)).toContain('1.55× baseline');
    expect(describeFigure(figures[0]!)).toContain('NOT met');
  });
});
