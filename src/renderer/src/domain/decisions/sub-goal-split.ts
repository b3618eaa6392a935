// How a decision's granted amount is split across the application's sub-goals (R3). One split,
// recorded on the decision, feeds the call page, the frame checks and the IMDi export, so a
// multi-sub-goal application is never counted twice. Default: equal shares in whole kroner,
// the remainder (and any øre) to the first sub-goal in A, B, C order.
import type { SubGoal } from '../call';
import { formatMoney, joinNorwegian } from '../vocabulary/format';

export type SubGoalSplit = Partial<Record<SubGoal, number>>;

const ORDER: readonly SubGoal[] = ['A', 'B', 'C'];

export function orderedSubGoals(goals: readonly SubGoal[]): SubGoal[] {
  return ORDER.filter((g) => goals.includes(g));
}

/** Equal shares in whole units of `unit` (100 øre = 1 krone); the first gets the rest. */
function equalShares(amount: number, goals: readonly SubGoal[], unit: number): SubGoalSplit {
  const ordered = orderedSubGoals(goals);
  const out: SubGoalSplit = {};
  if (ordered.length === 0) return out;
  const share = Math.floor(amount / unit / ordered.length) * unit;
  ordered.forEach((g, i) => {
    out[g] = i === 0 ? amount - share * (ordered.length - 1) : share;
  });
  return out;
}

/** The default split of an øre amount: equal whole-kroner shares, the rest to the first. */
export function defaultSubGoalSplit(amountOre: number, goals: readonly SubGoal[]): SubGoalSplit {
  return equalShares(amountOre, goals, 100);
}

/** The same rule for amounts already in whole kroner (the export). */
export function defaultSubGoalSplitKroner(kroner: number, goals: readonly SubGoal[]): SubGoalSplit {
  return equalShares(kroner, goals, 1);
}

export function splitSum(split: SubGoalSplit): number {
  return ORDER.reduce((sum, g) => sum + (split[g] ?? 0), 0);
}

/** Norwegian reason why `split` is not a split of `grantedOre` over `goals`, or null when it is. */
export function subGoalSplitProblem(split: SubGoalSplit, grantedOre: number, goals: readonly SubGoal[]): string | null {
  const outside = ORDER.filter((g) => split[g] !== undefined && !goals.includes(g));
  if (outside.length > 0) {
    return `Søknaden gjelder ikke delmål ${joinNorwegian(outside)}, så beløp kan ikke fordeles dit.`;
  }
  for (const g of ORDER) {
    const v = split[g];
    if (v !== undefined && (!Number.isInteger(v) || v < 0)) return `Beløpet for delmål ${g} må være et beløp på null eller mer.`;
  }
  const sum = splitSum(split);
  if (sum !== grantedOre) {
    return (
      `Fordelingen på delmål må til sammen bli det innvilgede beløpet (${formatMoney(grantedOre)}), ` +
      `men den blir ${formatMoney(sum)}.`
    );
  }
  return null;
}

/**
 * The split that counts for a decision: its recorded one when that still fits the application's
 * sub-goals and amount, else the default (decisions from before the split was recorded).
 */
export function effectiveSubGoalSplit(
  decision: { amountGrantedOre: number; subGoalSplitOre?: SubGoalSplit | undefined },
  goals: readonly SubGoal[],
): SubGoalSplit {
  const recorded = decision.subGoalSplitOre;
  if (recorded && subGoalSplitProblem(recorded, decision.amountGrantedOre, goals) === null) return recorded;
  return defaultSubGoalSplit(decision.amountGrantedOre, goals);
}

/**
 * Splits `amount` (any unit, an integer) in the proportions of `split`, rounded down per sub-goal
 * with the rest to the first: payments and repayments follow the grant's split.
 */
export function splitProportionally(amount: number, split: SubGoalSplit, goals: readonly SubGoal[]): SubGoalSplit {
  const ordered = orderedSubGoals(goals);
  const total = splitSum(split);
  if (ordered.length === 0) return {};
  if (total === 0) return defaultSubGoalSplitKroner(amount, ordered);
  const out: SubGoalSplit = {};
  let given = 0;
  for (const g of ordered.slice(1)) {
    const share = Math.floor((amount * (split[g] ?? 0)) / total);
    out[g] = share;
    given += share;
  }
  return { [ordered[0]!]: amount - given, ...out };
}
