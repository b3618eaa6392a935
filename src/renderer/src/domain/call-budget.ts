// A call's budget: frame, applied for, granted and left, in total and per sub-goal (R3, R10).
//
// An application that names several sub-goals counts once in the total. In the per-sub-goal rows
// the amount applied for is split in equal whole-kroner shares (the first sub-goal gets the rest)
// and the amount granted by the decision's own split (decisions/sub-goal-split.ts), the one split
// the frame checks and the IMDi export use too. So the sub-goal rows always add up to the total
// and no money is counted twice.
// Withdrawn applications (trukket) are left out. Granted is the amount of each
// application's current decision (current-decision.ts), unless that grant lapsed; "left" is
// frame − granted and may be negative when more is granted than the frame holds.
import type { Application } from './application';
import type { Call, SubGoal } from './call';
import type { Decision } from './decision';
import { currentDecisions } from './current-decision';
import { defaultSubGoalSplit, effectiveSubGoalSplit, splitProportionally, type SubGoalSplit } from './decisions/sub-goal-split';

export const SUB_GOALS: readonly SubGoal[] = ['A', 'B', 'C'];

export interface BudgetRow {
  /** Undefined for a sub-goal without a frame of its own. */
  frameOre: number | undefined;
  appliedOre: number;
  grantedOre: number;
  /** frameOre − grantedOre (+ repaidOre); undefined without a frame. */
  leftOre: number | undefined;
  /** Paid back on repayment claims (R13); present when the caller passes repayments. */
  repaidOre?: number;
  /** Applications counted (not withdrawn); in a sub-goal row, those naming the sub-goal. */
  applicationCount: number;
}

export interface CallBudget {
  total: BudgetRow & { frameOre: number; leftOre: number };
  bySubGoal: Record<SubGoal, BudgetRow>;
}

export type BudgetApplication = Pick<Application, 'id' | 'subGoals' | 'amountAppliedOre' | 'status'>;
export type BudgetDecision = Pick<
  Decision,
  'id' | 'applicationId' | 'supersedesDecisionId' | 'decidedAt' | 'createdAt' | 'amountGrantedOre'
> & Partial<Pick<Decision, 'subGoalSplitOre'>>;

function emptyRow(frameOre: number | undefined): BudgetRow {
  return { frameOre, appliedOre: 0, grantedOre: 0, leftOre: frameOre, applicationCount: 0 };
}

export function callBudget(
  call: Pick<Call, 'budgetFrameOre' | 'subGoalFramesOre'>,
  applications: readonly BudgetApplication[],
  decisions: readonly BudgetDecision[],
  /** Grants that lapsed for want of acceptance (R11): they free their amount. */
  lapsedDecisionIds: ReadonlySet<string> = new Set(),
  /** Money paid back per application id (R13): it returns to the frame, so "left" goes up. */
  repaidByApplication?: ReadonlyMap<string, number>,
): CallBudget {
  const decided = currentDecisions(decisions);
  const total = { ...emptyRow(call.budgetFrameOre), frameOre: call.budgetFrameOre, leftOre: 0 };
  const bySubGoal = {
    A: emptyRow(call.subGoalFramesOre?.A),
    B: emptyRow(call.subGoalFramesOre?.B),
    C: emptyRow(call.subGoalFramesOre?.C),
  };

  if (repaidByApplication) for (const row of [total, ...Object.values(bySubGoal)]) row.repaidOre = 0;

  for (const app of applications) {
    // Withdrawal is only possible before a decision (workflow.ts), so nothing granted is skipped.
    if (app.status === 'trukket') continue;
    const current = decided.get(app.id);
    const decision = current && !lapsedDecisionIds.has(current.id) ? current : undefined;
    const granted = decision?.amountGrantedOre ?? 0;
    total.applicationCount++;
    total.appliedOre += app.amountAppliedOre;
    total.grantedOre += granted;
    const grantedShares = decision ? effectiveSubGoalSplit(decision, app.subGoals) : {};
    const appliedShares = defaultSubGoalSplit(app.amountAppliedOre, app.subGoals);
    for (const goal of SUB_GOALS) {
      const share = appliedShares[goal];
      if (share === undefined) continue;
      const row = bySubGoal[goal];
      row.applicationCount++;
      row.appliedOre += share;
      row.grantedOre += grantedShares[goal] ?? 0;
    }
    if (repaidByApplication) {
      // Money paid back follows the grant's own split over the sub-goals, as the payments did.
      const shares = current ? effectiveSubGoalSplit(current, app.subGoals) : {};
      addRepaid(total, bySubGoal, app, repaidByApplication.get(app.id) ?? 0, shares);
    }
  }

  total.leftOre = total.frameOre - total.grantedOre + (total.repaidOre ?? 0);
  for (const goal of SUB_GOALS) {
    const row = bySubGoal[goal];
    row.leftOre = row.frameOre === undefined ? undefined : row.frameOre - row.grantedOre + (row.repaidOre ?? 0);
  }
  return { total, bySubGoal };
}

/** Repaid money counts like granted money: once in the total, split like the grant over the sub-goals. */
function addRepaid(
  total: BudgetRow,
  bySubGoal: Record<SubGoal, BudgetRow>,
  app: BudgetApplication,
  repaid: number,
  grantShares: SubGoalSplit,
): void {
  total.repaidOre = (total.repaidOre ?? 0) + repaid;
  if (repaid === 0) return;
  const shares = splitProportionally(repaid, grantShares, app.subGoals);
  for (const goal of SUB_GOALS) {
    const share = shares[goal];
    if (share !== undefined) bySubGoal[goal].repaidOre = (bySubGoal[goal].repaidOre ?? 0) + share;
  }
}
