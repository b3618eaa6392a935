// Sammendrag and Ramme from the Tildelinger rows. An application naming several sub-goals counts
// under each of them and once under Totalt, so Totalt's counts are not the sum of A, B and C; its
// amounts are: applied is split in equal whole-kroner shares, granted by the decision's split
// (innvilget_a/b/c, as on the call page), paid and paid back in the proportions of that split.
import type { Call, SubGoal } from '@renderer/domain/call';
import {
  defaultSubGoalSplitKroner,
  splitProportionally,
  type SubGoalSplit,
} from '@renderer/domain/decisions/sub-goal-split';
import type { ImdiFrameRow, ImdiGrantRow, ImdiSummaryRow } from './imdi-export-data';

/** A grant row and what the summaries need that the row only holds as text. */
export interface SummaryInput {
  row: ImdiGrantRow;
  callId: string;
  subGoals: readonly ('A' | 'B' | 'C')[];
  granted: boolean;
}

const grantedSplitOf = (row: ImdiGrantRow): SubGoalSplit => ({ A: row.innvilget_a, B: row.innvilget_b, C: row.innvilget_c });

/** One item's amounts under one sub-goal, in kroner. */
function shareOf(item: SummaryInput, goal: SubGoal) {
  const { row, subGoals } = item;
  const granted = grantedSplitOf(row);
  return {
    sokt: defaultSubGoalSplitKroner(row.sokt_belop, subGoals)[goal] ?? 0,
    innvilget: granted[goal] ?? 0,
    utbetalt: splitProportionally(row.utbetalt_belop, granted, subGoals)[goal] ?? 0,
    tilbakebetalt: splitProportionally(row.tilbakebetalt_belop, granted, subGoals)[goal] ?? 0,
  };
}

function counts(items: readonly SummaryInput[]) {
  return {
    soknader: items.length,
    innvilget: items.filter((i) => i.granted).length,
    avslatt: items.filter((i) => !i.granted).length,
  };
}

function subGoalRow(goal: SubGoal, all: readonly SummaryInput[]): ImdiSummaryRow {
  const items = all.filter((i) => i.subGoals.includes(goal));
  const shares = items.map((i) => shareOf(i, goal));
  const sum = (pick: (s: ReturnType<typeof shareOf>) => number) => shares.reduce((s, x) => s + pick(x), 0);
  return {
    delmal: goal,
    ...counts(items),
    sokt_sum: sum((s) => s.sokt),
    innvilget_sum: sum((s) => s.innvilget),
    utbetalt_sum: sum((s) => s.utbetalt),
    tilbakebetalt_sum: sum((s) => s.tilbakebetalt),
  };
}

function totalRow(items: readonly SummaryInput[]): ImdiSummaryRow {
  const sum = (pick: (r: ImdiGrantRow) => number) => items.reduce((s, i) => s + pick(i.row), 0);
  return {
    delmal: 'Totalt',
    ...counts(items),
    sokt_sum: sum((r) => r.sokt_belop),
    innvilget_sum: sum((r) => r.innvilget_belop),
    utbetalt_sum: sum((r) => r.utbetalt_belop),
    tilbakebetalt_sum: sum((r) => r.tilbakebetalt_belop),
  };
}

export function summarise(items: readonly SummaryInput[]): ImdiSummaryRow[] {
  return [...(['A', 'B', 'C'] as const).map((goal) => subGoalRow(goal, items)), totalRow(items)];
}

export function frameRows(
  calls: readonly Pick<Call, 'id' | 'title' | 'budgetFrameOre'>[],
  items: readonly SummaryInput[],
  toKroner: (ore: number) => number,
): ImdiFrameRow[] {
  return calls.map((call) => {
    const rows = items.filter((i) => i.callId === call.id).map((i) => i.row);
    const sum = (pick: (r: ImdiGrantRow) => number) => rows.reduce((s, r) => s + pick(r), 0);
    const ramme = toKroner(call.budgetFrameOre);
    const innvilget = sum((r) => r.innvilget_belop);
    const tilbakebetalt = sum((r) => r.tilbakebetalt_belop);
    return {
      utlysning: call.title,
      ramme,
      innvilget_sum: innvilget,
      utbetalt_sum: sum((r) => r.utbetalt_belop),
      tilbakebetalt_sum: tilbakebetalt,
      ubrukt: ramme - innvilget + tilbakebetalt,
    };
  });
}
