// Sums over an application's budget that R5 and R6 share.
import type { Application, BudgetCategory } from '../application';

/** The stated total, or the sum of the budget lines when no total is given. */
export function budgetTotalOre(application: Application): number {
  if (application.totalBudgetOre !== undefined) return application.totalBudgetOre;
  return application.budgetLines.reduce((sum, line) => sum + line.amountOre, 0);
}

/** Øre per category, in the order the categories first appear. */
export function sumByCategory(application: Application): Map<BudgetCategory, number> {
  const sums = new Map<BudgetCategory, number>();
  for (const line of application.budgetLines) {
    sums.set(line.category, (sums.get(line.category) ?? 0) + line.amountOre);
  }
  return sums;
}
