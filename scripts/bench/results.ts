// Every bench step reports its figures here: printed as they come, each with its baseline from the
// same run and how it stands against its target, and written to bench/results.json at the end.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Figure {
  name: string;
  value: number;
  /** 'ms', 'KiB', 'MB', … */
  unit: string;
  /** The same work done the plain way in the same run (raw insert, raw read …), in `unit`. */
  baseline?: number;
  /** The most the figure may be, in `unit` (a target stated as «≤ 1.5× the baseline» passes 1.5 × baseline). */
  target?: number;
}

const figures: Figure[] = [];

const show = (value: number, unit: string) => `${value >= 100 ? Math.round(value).toLocaleString('en').replace(/,/g, ' ') : value.toFixed(1)} ${unit}`;

/** One line: value, baseline and ratio, target and whether it is met. */
export function describeFigure(f: Figure): string {
  const parts = [`  ${f.name}: ${show(f.value, f.unit)}`];
  if (f.baseline !== undefined) parts.push(`baseline ${show(f.baseline, f.unit)}, ${(f.value / f.baseline).toFixed(2)}× baseline`);
  if (f.target !== undefined) {
    const met = f.value <= f.target ? 'met' : 'NOT met';
    parts.push(`target ≤ ${show(f.target, f.unit)}: ${met} (${(f.value / f.target).toFixed(2)} of target)`);
  }
  return parts.join(' · ');
}

export function recordFigure(figure: Figure): void {
  figures.push(figure);
  console.log(describeFigure(figure));
}

export function recordedFigures(): readonly Figure[] {
  return figures;
}

/** Writes every figure recorded so far, with when and at what size the bench ran. */
export function writeResults(file = 'bench/results.json', meta: Record<string, unknown> = {}): void {
  mkdirSync(dirname(file), { recursive: true });
  const rows = figures.map((f) => ({
    ...f,
    ratioToBaseline: f.baseline ? f.value / f.baseline : undefined,
    ratioToTarget: f.target ? f.value / f.target : undefined,
    met: f.target === undefined ? undefined : f.value <= f.target,
  }));
  writeFileSync(file, `${JSON.stringify({ ranAt: new Date().toISOString(), ...meta, figures: rows }, null, 2)}\n`);
}

const cell = (value: number | undefined, unit: string) => (value === undefined ? '—' : show(value, unit));

/** Every figure recorded in this run as one table: value, baseline, ratio, target and whether it is met. */
export function summaryTable(list: readonly Figure[] = figures): string {
  const rows = list.map((f) => [
    f.name,
    cell(f.value, f.unit),
    cell(f.baseline, f.unit),
    f.baseline ? `${(f.value / f.baseline).toFixed(2)}×` : '—',
    cell(f.target, f.unit),
    f.target === undefined ? '—' : f.value <= f.target ? 'met' : 'NOT met',
  ]);
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
