// Year sums as chart-and-table data: applied, granted, paid and repaid per year.
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import type { YearFigures } from '@renderer/services/queries/overview-figures/year-sums';
import type { FigureData } from '../charts/figure-data';

export function yearFigure(rows: readonly YearFigures[]): FigureData {
  return {
    categories: rows.map((r) => String(r.year)),
    series: [
      { key: 'applied', label: t.applied, values: rows.map((r) => r.appliedOre) },
      { key: 'granted', label: t.granted, values: rows.map((r) => r.grantedOre) },
      { key: 'paid', label: t.paid, values: rows.map((r) => r.paidOre) },
      { key: 'repaid', label: t.repaid, values: rows.map((r) => r.repaidOre) },
    ],
    unit: 'money',
  };
}
