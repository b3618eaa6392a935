// A call's budget: frame, applied for, granted and left, in total and per sub-goal (R3, R10).
//
// An application that names several sub-goals counts once in the total. In the per-sub-goal rows
// its amounts are split evenly between its sub-goals (A before B before C gets the odd øre), so
// the sub-goal rows always add up to the total and no money is counted twice.
// Withdrawn applications (trukket) are left out. Granted is the amount of each
// application's current decision (current-decision.ts); "left" is frame − granted and may be
// negative when more is granted than the frame holds.
import type { Application } from './application';
import type { Call, SubGoal } from './call';
import type { Decision } from './decision';
import { currentDecisions } from './current-decision';

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
>;

/** Splits `ore` evenly over `goals` in A, B, C order; the first goals get the remaining øre. */
export function splitEvenly(ore: number, goals: readonly SubGoal[]): Map<SubGoal, number> {
  const ordered = SUB_GOALS.filter((g) => goals.includes(g));
  const out = new Map<SubGoal, number>();
  if (ordered.length === 0) return out;
  const share = Math.floor(ore / ordered.length);
  let rest = ore - share * ordered.length;
  for (const g of ordered) {
    out.set(g, share + (rest > 0 ? 1 : 0));
    if (rest > 0) rest--;
  }
  return out;
}

function emptyRow(frameOre: number | undefined): BudgetRow {
  return { frameOre, appliedOre: 0, grantedOre: 0, leftOre: frameOre, applicationCount: 0 };
}

export function callBudget(
  call: Pick<Call, 'budgetFrameOre' | 'subGoalFramesOre'>,
  applications: readonly BudgetApplication[],
  decisions: readonly BudgetDecision[],
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
    const granted = decided.get(app.id)?.amountGrantedOre ?? 0;
    total.applicationCount++;
    total.appliedOre += app.amountAppliedOre;
    total.grantedOre += granted;
    const grantedShares = splitEvenly(granted, app.subGoals);
    for (const [goal, share] of splitEvenly(app.amountAppliedOre, app.subGoals)) {
      const row = bySubGoal[goal];
      row.applicationCount++;
      row.appliedOre += share;
      row.grantedOre += grantedShares.get(goal) ?? 0;
    }
    if (repaidByApplication) addRepaid(total, bySubGoal, app, repaidByApplication.get(app.id) ?? 0);
  }

  total.leftOre = total.frameOre - total.grantedOre + (total.repaidOre ?? 0);
  for (const goal of SUB_GOALS) {
    const row = bySubGoal[goal];
    row.leftOre = row.frameOre === undefined ? undefined : row.frameOre - row.grantedOre + (row.repaidOre ?? 0);
  }
  return { total, bySubGoal };
}

/** Repaid money counts like granted money: once in the total, split evenly over the sub-goals. */
function addRepaid(total: BudgetRow, bySubGoal: Record<SubGoal, BudgetRow>, app: BudgetApplication, repaid: number): void {
  total.repaidOre = (total.repaidOre ?? 0) + repaid;
  for (const [goal, share] of splitEvenly(repaid, app.subGoals)) {
    bySubGoal[goal].repaidOre = (bySubGoal[goal].repaidOre ?? 0) + share;
  }
}
