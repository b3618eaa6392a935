// The ranked order of a call's applications (innstilling): the weighted total first, then the
// call's prioritised sub-goal (R10), then the date received and the case reference — a tie-break
// the officer can see and explain, so the same data always gives the same order.
import type { SubGoal } from '../call';

export interface RankInput {
  applicationId: string;
  /** Null when nobody has scored it yet: such applications come last. */
  weightedTotal: number | null;
  subGoals: readonly SubGoal[];
  receivedDate: string;
  /** Shown as the last tie-break, e.g. the short application reference. */
  reference: string;
}

export type TieBreak = 'poeng' | 'prioritert_delmal' | 'mottatt' | 'referanse';

export interface Ranked<T extends RankInput> {
  item: T;
  rank: number;
  /** What decided its place against the one above it; undefined for the first. */
  decidedBy?: TieBreak;
  prioritised: boolean;
}

function compareParts(a: RankInput, b: RankInput, prioritised: SubGoal | undefined): [number, TieBreak] {
  const score = (b.weightedTotal ?? -Infinity) - (a.weightedTotal ?? -Infinity);
  if (score !== 0 && !Number.isNaN(score)) return [score, 'poeng'];
  if (prioritised) {
    const pa = a.subGoals.includes(prioritised) ? 0 : 1;
    const pb = b.subGoals.includes(prioritised) ? 0 : 1;
    if (pa !== pb) return [pa - pb, 'prioritert_delmal'];
  }
  if (a.receivedDate !== b.receivedDate) return [a.receivedDate < b.receivedDate ? -1 : 1, 'mottatt'];
  if (a.reference !== b.reference) return [a.reference < b.reference ? -1 : 1, 'referanse'];
  return [a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0, 'referanse'];
}

export function rankApplications<T extends RankInput>(items: readonly T[], prioritisedSubGoal?: SubGoal): Ranked<T>[] {
  const sorted = items.toSorted((a, b) => compareParts(a, b, prioritisedSubGoal)[0]);
  return sorted.map((item, i) => {
    const above = sorted[i - 1];
    const out: Ranked<T> = {
      item,
      rank: i + 1,
      prioritised: prioritisedSubGoal !== undefined && item.subGoals.includes(prioritisedSubGoal),
    };
    if (above) out.decidedBy = compareParts(above, item, prioritisedSubGoal)[1];
    return out;
  });
}

export const TIE_BREAK_LABELS: Record<TieBreak, string> = {
  poeng: 'Poengsum',
  prioritert_delmal: 'Prioritert delmål',
  mottatt: 'Mottatt først',
  referanse: 'Saksreferanse',
};
