// Money proposed but not yet decided: for each application without a decision, the committee's
// recommendation if a meeting gave one (the latest), else the officer's proposal (innstilling).
// An application with neither proposes nothing: Oversikt shows only amounts the records hold.
import type { BudgetApplication } from '@renderer/domain/call-budget';
import { SUB_GOALS } from '@renderer/domain/call-budget';
import type { SubGoal } from '@renderer/domain/call';
import { defaultSubGoalSplit } from '@renderer/domain/decisions/sub-goal-split';
import type { Recommendation } from '@renderer/domain/recommendation';

export interface ProposedMoney {
  totalOre: number;
  bySubGoal: Record<SubGoal, number>;
  applicationCount: number;
}

type ProposalRow = Pick<Recommendation, 'applicationId' | 'meetingId' | 'amountOre' | 'updatedAt'>;

function proposalOf(rows: readonly ProposalRow[]): Map<string, ProposalRow> {
  const best = new Map<string, ProposalRow>();
  for (const row of rows) {
    const other = best.get(row.applicationId);
    const better =
      !other ||
      (row.meetingId !== undefined && other.meetingId === undefined) ||
      ((row.meetingId === undefined) === (other.meetingId === undefined) && row.updatedAt > other.updatedAt);
    if (better) best.set(row.applicationId, row);
  }
  return best;
}

export function proposedMoney(
  applications: readonly BudgetApplication[],
  recommendations: readonly ProposalRow[],
  decidedApplicationIds: ReadonlySet<string>,
): ProposedMoney {
  const proposals = proposalOf(recommendations);
  const out: ProposedMoney = { totalOre: 0, bySubGoal: { A: 0, B: 0, C: 0 }, applicationCount: 0 };
  for (const app of applications) {
    if (app.status === 'trukket' || decidedApplicationIds.has(app.id)) continue;
    const proposal = proposals.get(app.id);
    if (!proposal) continue;
    out.applicationCount++;
    out.totalOre += proposal.amountOre;
    // Split over the sub-goals like a decision without its own split would be (R3, R10).
    const shares = defaultSubGoalSplit(proposal.amountOre, app.subGoals);
    for (const goal of SUB_GOALS) out.bySubGoal[goal] += shares[goal] ?? 0;
  }
  return out;
}
