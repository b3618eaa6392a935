// A figure's text alternative tells the same numbers as its chart: the chart (mocked here, it is
// SVG for the eye) gets the figure's data, and the table shows each value of it, formatted.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { CallBudget } from '@renderer/domain/call-budget';
import type { FigureChartProps } from '@renderer/features/overview/charts/FigureChart';
import { FigureCard } from '@renderer/features/overview/charts/FigureCard';
import { frameFigure, statusFigure } from '@renderer/features/overview/charts/call-figure-data';
import { yearFigure } from '@renderer/features/overview/years/year-figure-data';

const drawn: FigureChartProps[] = [];
vi.mock('@renderer/features/overview/charts/FigureChart', () => ({
  default: (props: FigureChartProps) => {
    drawn.push(props);
    return <div data-testid="chart" />;
  },
}));

const KR = 100;
/** «kr 1 000» as the program writes it, with no-break spaces. */
const money = (kroner: string) => `kr ${kroner}`.replace(/ /g, '\u00a0');
const budget: CallBudget = {
  total: { frameOre: 2_000_000 * KR, appliedOre: 900_000 * KR, grantedOre: 1_250_000 * KR, leftOre: 760_500 * KR, repaidOre: 10_500 * KR, applicationCount: 12 },
  bySubGoal: {
    A: { frameOre: undefined, appliedOre: 300_000 * KR, grantedOre: 250_000 * KR, leftOre: undefined, repaidOre: 0, applicationCount: 4 },
    B: { frameOre: undefined, appliedOre: 0, grantedOre: 0, leftOre: undefined, repaidOre: 0, applicationCount: 0 },
    C: { frameOre: 1_000_000 * KR, appliedOre: 600_000 * KR, grantedOre: 1_000_000 * KR, leftOre: 10_500 * KR, repaidOre: 10_500 * KR, applicationCount: 8 },
  },
};
const proposed = { totalOre: 45_000 * KR, bySubGoal: { A: 45_000 * KR, B: 0, C: 0 }, applicationCount: 1 };

/** The table's body rows as cell texts (row header first). */
function bodyRows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('a figure and its table', () => {
  it('shows in the table every value the chart draws, money as «kr 1 000 000» and none as «–»', async () => {
    drawn.length = 0;
    const data = frameFigure(budget, proposed);
    render(<FigureCard title="Rammen" data={data} />);
    await screen.findByTestId('chart');
    const chart = drawn.at(-1)!;
    expect(chart.data).toEqual(data);

    const table = screen.getByRole('table', { name: 'Rammen' });
    const rows = bodyRows(table);
    // Totalt, Delmål A (applications, no frame) and C (a frame); B has neither and is left out.
    expect(rows.map((r) => r[0])).toEqual(chart.data.categories);
    expect(rows).toEqual([
      ['Totalt', money('2 000 000'), money('1 250 000'), money('45 000'), money('760 500')],
      ['Delmål A', '–', money('250 000'), money('45 000'), '–'],
      ['Delmål C', money('1 000 000'), money('1 000 000'), money('0'), money('10 500')],
    ]);
    rows.forEach((row, i) =>
      chart.data.series.forEach((s, j) => expect(row[j + 1]!.replace(/\D/g, '')).toBe(s.values[i] === null ? '' : String(s.values[i]! / 100))),
    );
  });

  it('keeps the table for screen readers and shows it to everyone on «Vis som tabell»', async () => {
    render(<FigureCard title="Søknader etter status" data={statusFigure({ mottatt: 3, under_behandling: 1, vurdert: 0, vedtatt: 7, avsluttet: 0, trukket: 2 })} />);
    const table = screen.getByRole('table', { name: 'Søknader etter status' });
    expect(bodyRows(table)).toEqual([['Mottatt', '3'], ['Under behandling', '1'], ['Vurdert', '0'], ['Vedtatt', '7'], ['Avsluttet', '0'], ['Trukket', '2']]);
    const toggle = screen.getByRole('button', { name: 'Vis som tabell' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Skjul tabellen' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('draws the years with the same four sums per year as the table', async () => {
    drawn.length = 0;
    const data = yearFigure([
      { year: 2023, applicationCount: 3, appliedOre: 105_000 * KR, grantedOre: 65_000 * KR, paidOre: 40_000 * KR, repaidOre: 0 },
      { year: 2024, applicationCount: 4, appliedOre: 185_000 * KR, grantedOre: 100_000 * KR, paidOre: 0, repaidOre: 2_500 * KR },
    ]);
    render(<FigureCard title="Over årene" data={data} categoryHeader="År" />);
    await screen.findByTestId('chart');
    expect(drawn.at(-1)!.data.series.map((s) => s.label)).toEqual(['Søkt', 'Innvilget', 'Utbetalt', 'Tilbakebetalt']);
    expect(bodyRows(screen.getByRole('table', { name: 'Over årene' }))).toEqual([
      ['2023', money('105 000'), money('65 000'), money('40 000'), money('0')],
      ['2024', money('185 000'), money('100 000'), money('0'), money('2 500')],
    ]);
  });
});
