// What one figure shows: categories (rows) and series (columns) of counts or of øre. The chart
// and its table are both drawn from this one value, so they cannot tell different stories.
import { formatMoney, formatNumber } from '@renderer/i18n/format';

export interface FigureSeries {
  key: string;
  label: string;
  /** One value per category; null where the figure has no value (a sub-goal without a frame). */
  values: (number | null)[];
}

export interface FigureData {
  categories: string[];
  series: FigureSeries[];
  unit: 'count' | 'money';
}

/** A value as the table and the chart's tooltip show it: "kr 1 000 000" or "1 234"; "–" for none. */
export function formatFigure(value: number | null, unit: FigureData['unit']): string {
  if (value === null) return '–';
  return unit === 'money' ? formatMoney(value) : formatNumber(value);
}

/** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart also by the table. */
export const FIGURE_COLOURS = ['#1f5fa8', '#b34700', '#2e7d32', '#6a3d9a'] as const;

/** A one-series figure of counts per category, from a record in a fixed order. */
export function countFigure<K extends string>(order: readonly K[], counts: Record<K, number>, labels: Record<K, string>, seriesLabel: string): FigureData {
  return {
    categories: order.map((k) => labels[k]),
    series: [{ key: 'count', label: seriesLabel, values: order.map((k) => counts[k]) }],
    unit: 'count',
  };
}
