// Granted amounts count against the call's frame, which cannot be exceeded: the total frame and
// any frame of a sub-goal. A change that lowers an overspend (e.g. a reduced grant) is let through.
import { callBudget, SUB_GOALS, type BudgetApplication, type BudgetDecision } from '../call-budget';
import type { Call } from '../call';
import { formatMoney } from '../vocabulary/format';

/**
 * Norwegian reason why `newDecisions` would exceed a frame, or null when they fit.
 * `decisionsBefore` are all decisions of the call's applications now; `decisionsAfter` the same
 * with the new or changed ones in place.
 */
export function frameProblem(
  call: Pick<Call, 'budgetFrameOre' | 'subGoalFramesOre'>,
  applications: readonly BudgetApplication[],
  decisionsBefore: readonly BudgetDecision[],
  decisionsAfter: readonly BudgetDecision[],
  newDecisions: readonly Pick<BudgetDecision, 'applicationId' | 'amountGrantedOre'>[],
  /** Grants that lapsed (R11): their amount is free again. */
  lapsedDecisionIds: ReadonlySet<string> = new Set(),
): string | null {
  const before = callBudget(call, applications, decisionsBefore, lapsedDecisionIds);
  const after = callBudget(call, applications, decisionsAfter, lapsedDecisionIds);
  const newSum = newDecisions.reduce((sum, d) => sum + d.amountGrantedOre, 0);
  const what =
    newDecisions.length === 1
      ? `Vedtaket innvilger ${formatMoney(newSum)}`
      : `Vedtakene innvilger til sammen ${formatMoney(newSum)}`;

  if (after.total.grantedOre > after.total.frameOre && after.total.grantedOre > before.total.grantedOre) {
    const others = after.total.grantedOre - newSum;
    return (
      `Rammen kan ikke overskrides. ${what}, men rammen er ${formatMoney(after.total.frameOre)}, ` +
      `${formatMoney(others)} er allerede innvilget, og bare ${formatMoney(Math.max(0, after.total.frameOre - others))} er igjen.`
    );
  }
  for (const goal of SUB_GOALS) {
    const row = after.bySubGoal[goal];
    if (row.frameOre === undefined) continue;
    if (row.grantedOre > row.frameOre && row.grantedOre > before.bySubGoal[goal].grantedOre) {
      return (
        `Rammen for delmål ${goal} kan ikke overskrides. Rammen er ${formatMoney(row.frameOre)}, ` +
        `og med ${newDecisions.length === 1 ? 'dette vedtaket' : 'disse vedtakene'} blir ${formatMoney(row.grantedOre)} innvilget under delmål ${goal}.`
      );
    }
  }
  return null;
}
