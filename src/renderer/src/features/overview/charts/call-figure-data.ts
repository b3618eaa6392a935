// The call's figures as chart-and-table data: statuses, screening results, frame, kinds, groups.
import type { CallBudget } from '@renderer/domain/call-budget';
import { SUB_GOALS } from '@renderer/domain/call-budget';
import { APPLICATION_STATUSES } from '@renderer/domain/list-values';
import { screeningStatusText } from '@renderer/i18n/form';
import { APPLICATION_KIND_LABELS, APPLICATION_STATUS_LABELS, TARGET_GROUP_LABELS, subGoalShort } from '@renderer/domain/vocabulary';
import { overviewFiguresText as t } from '@renderer/i18n/overview-figures';
import { KINDS, TARGET_GROUPS, type KindAndGroupCounts } from '@renderer/services/queries/overview-figures/kinds-and-groups';
import type { ProposedMoney } from '@renderer/services/queries/overview-figures/proposed';
import { SCREENING_RESULTS, type ScreeningCounts } from '@renderer/services/queries/overview-figures/screening-counts';
import type { StatusCounts } from '@renderer/services/queries/overview-figures/status-counts';
import { countFigure, type FigureData } from './figure-data';

export const statusFigure = (counts: StatusCounts): FigureData => countFigure(APPLICATION_STATUSES, counts, APPLICATION_STATUS_LABELS, t.countSeries);

export const screeningFigure = (counts: ScreeningCounts): FigureData => countFigure(SCREENING_RESULTS, counts, screeningStatusText, t.countSeries);

export const kindFigure = (counts: KindAndGroupCounts): FigureData => countFigure(KINDS, counts.byKind, APPLICATION_KIND_LABELS, t.countSeries);

export const groupFigure = (counts: KindAndGroupCounts): FigureData =>
  countFigure(TARGET_GROUPS, counts.byTargetGroup, TARGET_GROUP_LABELS, t.countSeries);

/** Frame, granted, proposed and left: in total and for each sub-goal with a frame or applications. */
export function frameFigure(budget: CallBudget, proposed: ProposedMoney): FigureData {
  const goals = SUB_GOALS.filter((g) => budget.bySubGoal[g].frameOre !== undefined || budget.bySubGoal[g].applicationCount > 0);
  const rows = [
    { label: t.total, frame: budget.total.frameOre, granted: budget.total.grantedOre, proposed: proposed.totalOre, left: budget.total.leftOre },
    ...goals.map((g) => {
      const row = budget.bySubGoal[g];
      return { label: subGoalShort(g), frame: row.frameOre ?? null, granted: row.grantedOre, proposed: proposed.bySubGoal[g], left: row.leftOre ?? null };
    }),
  ];
  return {
    categories: rows.map((r) => r.label),
    series: [
      { key: 'frame', label: t.frame, values: rows.map((r) => r.frame) },
      { key: 'granted', label: t.granted, values: rows.map((r) => r.granted) },
      { key: 'proposed', label: t.proposed, values: rows.map((r) => r.proposed) },
      { key: 'left', label: t.left, values: rows.map((r) => r.left) },
    ],
    unit: 'money',
  };
}
