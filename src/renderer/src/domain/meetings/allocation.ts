// Proposed amounts within the frame (innstilling). Amounts are counted against the call's frame
// with the same budget as decisions (call-budget.ts): an application's amount is split evenly
// over its sub-goals. "Foreslå fordeling" fills by rank until the frame is spent, never below a
// kind's minimum (R5), never above the amount applied for or the kind's maximum, and never for an
// application that did not pass the formal screening.
import type { ApplicationKind } from '../application';
import type { Call, SubGoal } from '../call';
import { callBudget, SUB_GOALS, type CallBudget } from '../call-budget';
import { formatMoney } from '../vocabulary/format';

export interface AllocationItem {
  applicationId: string;
  kind: ApplicationKind;
  subGoals: readonly SubGoal[];
  amountAppliedOre: number;
  /** False when the screening failed (after overrides) or is missing: no amount may be proposed. */
  eligible: boolean;
}

export type AllocationCall = Pick<Call, 'budgetFrameOre' | 'subGoalFramesOre' | 'rules'>;

const isSingleMeasure = (kind: ApplicationKind) => kind === 'enkelttiltak' || kind === 'aktivitet';

/** The largest amount the call's rules allow for the application (R5), at most what it applied for. */
export function maxAmountOre(call: AllocationCall, item: Pick<AllocationItem, 'kind' | 'amountAppliedOre'>): number {
  let max = item.amountAppliedOre;
  if (item.kind === 'prosjekt') max = Math.min(max, call.rules.projectMaxOre);
  if (isSingleMeasure(item.kind) && call.rules.singleMeasureMaxOre !== undefined) {
    max = Math.min(max, call.rules.singleMeasureMaxOre);
  }
  return max;
}

/** The smallest amount above zero the rules allow (R5: single measures and activities). */
export function minAmountOre(call: AllocationCall, item: Pick<AllocationItem, 'kind'>): number {
  return isSingleMeasure(item.kind) ? call.rules.singleMeasureMinOre : 1;
}

/** The budget with the proposed amounts in place of granted amounts. */
export function proposalBudget(
  call: AllocationCall,
  items: readonly Pick<AllocationItem, 'applicationId' | 'subGoals' | 'amountAppliedOre'>[],
  amounts: ReadonlyMap<string, number>,
): CallBudget {
  return callBudget(
    call,
    items.map((i) => ({ id: i.applicationId, subGoals: [...i.subGoals], amountAppliedOre: i.amountAppliedOre, status: 'vurdert' as const })),
    items.map((i) => ({
      id: `forslag-${i.applicationId}`,
      applicationId: i.applicationId,
      decidedAt: '2000-01-01',
      createdAt: '2000-01-01T00:00:00.000Z',
      amountGrantedOre: amounts.get(i.applicationId) ?? 0,
    })),
  );
}

/** Norwegian reason why `amountOre` cannot be proposed for `item`, or null when it can. */
export function proposalProblem(
  call: AllocationCall,
  items: readonly AllocationItem[],
  amounts: ReadonlyMap<string, number>,
  item: AllocationItem,
  amountOre: number,
): string | null {
  if (!Number.isInteger(amountOre) || amountOre < 0) return 'Beløpet må være et helt antall øre, 0 eller mer.';
  if (amountOre === 0) return null;
  if (!item.eligible) return 'Søknaden har ikke bestått den formelle vurderingen og kan ikke få et forslag til beløp.';
  const max = maxAmountOre(call, item);
  if (amountOre > max) return `Beløpet kan være høyst ${formatMoney(max)} for denne søknaden.`;
  const min = minAmountOre(call, item);
  if (amountOre < min) return `Enkelttiltak og aktiviteter må ha minst ${formatMoney(min)}, eller 0.`;
  const before = proposalBudget(call, items, amounts);
  const after = proposalBudget(call, items, new Map(amounts).set(item.applicationId, amountOre));
  if (after.total.grantedOre > after.total.frameOre && after.total.grantedOre > before.total.grantedOre) {
    const others = after.total.grantedOre - amountOre;
    return (
      `Forslaget går over rammen. Rammen er ${formatMoney(after.total.frameOre)}, de andre forslagene bruker ` +
      `${formatMoney(others)}, og bare ${formatMoney(Math.max(0, after.total.frameOre - others))} er igjen.`
    );
  }
  for (const goal of SUB_GOALS) {
    const row = after.bySubGoal[goal];
    if (row.frameOre === undefined) continue;
    if (row.grantedOre > row.frameOre && row.grantedOre > before.bySubGoal[goal].grantedOre) {
      return (
        `Forslaget går over rammen for delmål ${goal}. Rammen er ${formatMoney(row.frameOre)}, ` +
        `og med dette forslaget blir ${formatMoney(row.grantedOre)} foreslått under delmål ${goal}.`
      );
    }
  }
  return null;
}

/**
 * The largest x with the sub-goal's even share of x at most `left` (see splitEvenly: with n goals
 * the goal at position idx gets floor(x/n), plus one when x mod n > idx).
 */
function capForGoal(left: number, goals: readonly SubGoal[], goal: SubGoal): number {
  const ordered = SUB_GOALS.filter((g) => goals.includes(g));
  return Math.max(0, left) * ordered.length + ordered.indexOf(goal);
}

/** Amounts by rank until the frame (total and per sub-goal) is spent; `ranked` is in rank order. */
export function proposeAllocation(call: AllocationCall, ranked: readonly AllocationItem[]): Map<string, number> {
  let leftTotal = call.budgetFrameOre;
  const leftGoal = new Map<SubGoal, number>();
  for (const g of SUB_GOALS) {
    const frame = call.subGoalFramesOre?.[g];
    if (frame !== undefined) leftGoal.set(g, frame);
  }
  const out = new Map<string, number>();
  for (const item of ranked) {
    out.set(item.applicationId, 0);
    if (!item.eligible) continue;
    const max = maxAmountOre(call, item);
    let cap = Math.min(max, leftTotal);
    for (const g of item.subGoals) {
      const left = leftGoal.get(g);
      if (left !== undefined) cap = Math.min(cap, capForGoal(left, item.subGoals, g));
    }
    // A part amount is rounded down to whole kroner.
    if (cap < max) cap = Math.floor(cap / 100) * 100;
    if (cap <= 0 || cap < minAmountOre(call, item)) continue;
    out.set(item.applicationId, cap);
    leftTotal -= cap;
    const ordered = SUB_GOALS.filter((g) => item.subGoals.includes(g));
    const share = Math.floor(cap / ordered.length);
    let rest = cap - share * ordered.length;
    for (const g of ordered) {
      const left = leftGoal.get(g);
      const part = share + (rest > 0 ? 1 : 0);
      if (rest > 0) rest--;
      if (left !== undefined) leftGoal.set(g, left - part);
    }
  }
  return out;
}
