// Where a repayment claim stands: paid back so far, what is left, and when it was settled (the
// day the part payments reached the amount claimed).
import type { Repayment, RepaymentReceipt } from '../repayment';

export type RepaymentStatus = 'apen' | 'delvis_betalt' | 'forfalt' | 'betalt' | 'trukket';

type Claim = Pick<Repayment, 'amountOre' | 'deadline' | 'payments'> & Partial<Pick<Repayment, 'withdrawn'>>;

const byDate = (a: RepaymentReceipt, b: RepaymentReceipt) => a.date.localeCompare(b.date) || a.registeredAt.localeCompare(b.registeredAt);

export function repaidOre(claim: Pick<Repayment, 'payments'>): number {
  return claim.payments.reduce((sum, p) => sum + p.amountOre, 0);
}

/** What a claim asks back while it stands: a withdrawn claim asks nothing. */
export function claimedOre(claim: Pick<Repayment, 'amountOre'> & Partial<Pick<Repayment, 'withdrawn'>>): number {
  return claim.withdrawn ? 0 : claim.amountOre;
}

export function remainingOre(claim: Claim): number {
  if (claim.withdrawn) return 0;
  return Math.max(0, claim.amountOre - repaidOre(claim));
}

/** The date of the payment that brought the sum up to the amount; undefined while money is owed. */
export function settledDate(claim: Claim): string | undefined {
  if (claim.withdrawn) return undefined;
  let sum = 0;
  for (const p of claim.payments.toSorted(byDate)) {
    sum += p.amountOre;
    if (sum >= claim.amountOre) return p.date;
  }
  return undefined;
}

/** Withdrawn first, then settled; otherwise a claim past its deadline is overdue, even when partly paid. */
export function repaymentStatus(claim: Claim, today: string): RepaymentStatus {
  if (claim.withdrawn) return 'trukket';
  if (settledDate(claim) !== undefined) return 'betalt';
  if (today > claim.deadline) return 'forfalt';
  return repaidOre(claim) > 0 ? 'delvis_betalt' : 'apen';
}

/** Money is still owed on the claim: not withdrawn and not settled. */
export function isClaimOutstanding(status: RepaymentStatus): boolean {
  return status === 'apen' || status === 'delvis_betalt' || status === 'forfalt';
}

export interface ClaimCeiling {
  /** Paid out under the grant (all terms with a paid date). */
  paidOre: number;
  /** The amount granted (the highest of the application's decisions, so a later reduction can be claimed). */
  grantedOre: number;
  /** Claimed back already by other claims. */
  claimedOre: number;
  /** The most a new claim can be: min(paid, granted) − claimed, never below 0. */
  maxOre: number;
}

export function claimCeiling(paidOre: number, grantedOre: number, claimedOre: number): ClaimCeiling {
  return { paidOre, grantedOre, claimedOre, maxOre: Math.max(0, Math.min(paidOre, grantedOre) - claimedOre) };
}
