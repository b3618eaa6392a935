// The bar chart of one figure (MUI X Charts). Loaded with import() (lazy-chart.ts) so the charts
// library stays out of start-up; the figure's table says the same in text.
import { BarChart } from '@mui/x-charts/BarChart';
import { FIGURE_COLOURS, formatFigure, type FigureData } from './figure-data';

export interface FigureChartProps {
  data: FigureData;
  height: number;
  /** Horizontal bars suit long category names (target groups). */
  horizontal?: boolean;
}

export default function FigureChart({ data, height, horizontal = false }: FigureChartProps) {
  const format = (value: number | null) => formatFigure(value, data.unit);
  const axisFormat = (v: number | null) => (v === null ? '' : format(v));
  const band = { scaleType: 'band' as const, data: data.categories };
  // Counts are whole: no tick at 0,5.
  const step = data.unit === 'count' ? { tickMinStep: 1 } : {};
  return (
    <BarChart
      height={height}
      layout={horizontal ? 'horizontal' : 'vertical'}
      xAxis={horizontal ? [{ valueFormatter: axisFormat, height: 30, ...step }] : [{ ...band, height: 40 }]}
      yAxis={horizontal ? [{ ...band, width: 190 }] : [{ valueFormatter: axisFormat, width: data.unit === 'money' ? 100 : 50, ...step }]}
      series={data.series.map((s, i) => ({
        id: s.key,
        label: s.label,
        data: s.values,
        color: FIGURE_COLOURS[i % FIGURE_COLOURS.length],
        valueFormatter: (v: number | null) => format(v),
      }))}
      hideLegend={data.series.length === 1}
      skipAnimation
      // The chart is hidden from screen readers (its table speaks for it), so it takes no tab stop either.
      disableKeyboardNavigation
      grid={horizontal ? { vertical: true } : { horizontal: true }}
    />
  );
}
