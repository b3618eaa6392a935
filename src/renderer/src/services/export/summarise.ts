// Sammendrag and Ramme from the Tildelinger rows. An application naming several sub-goals counts
// under each of them and once under Totalt, so Totalt is not the sum of A, B and C.
import type { Call } from '@renderer/domain/call';
import type { ImdiFrameRow, ImdiGrantRow, ImdiSummaryRow } from './imdi-export-data';

/** A grant row and what the summaries need that the row only holds as text. */
export interface SummaryInput {
  row: ImdiGrantRow;
  callId: string;
  subGoals: readonly ('A' | 'B' | 'C')[];
  granted: boolean;
}

function summaryRow(delmal: ImdiSummaryRow['delmal'], items: readonly SummaryInput[]): ImdiSummaryRow {
  const sum = (pick: (r: ImdiGrantRow) => number) => items.reduce((s, i) => s + pick(i.row), 0);
  return {
    delmal,
    soknader: items.length,
    innvilget: items.filter((i) => i.granted).length,
    avslatt: items.filter((i) => !i.granted).length,
    sokt_sum: sum((r) => r.sokt_belop),
    innvilget_sum: sum((r) => r.innvilget_belop),
    utbetalt_sum: sum((r) => r.utbetalt_belop),
    tilbakebetalt_sum: sum((r) => r.tilbakebetalt_belop),
  };
}

export function summarise(items: readonly SummaryInput[]): ImdiSummaryRow[] {
  return [
    ...(['A', 'B', 'C'] as const).map((goal) =>
      summaryRow(goal, items.filter((i) => i.subGoals.includes(goal))),
    ),
    summaryRow('Totalt', items),
  ];
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
