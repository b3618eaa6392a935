// A call's applications in ranked order (innstilling), with the officer's proposed amounts; and the
// applications that did not pass the formal screening, listed apart with the reason.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { shortApplicationId } from '@renderer/domain/case-reference';
import { maxAmountOre, type AllocationItem } from '@renderer/domain/meetings/allocation';
import { rankApplications, type TieBreak } from '@renderer/domain/meetings/ranking';
import type { Recommendation } from '@renderer/domain/recommendation';
import type { Screening } from '@renderer/domain/screening';
import { effectiveResults } from '@renderer/domain/screening/effective';
import { screeningSummary } from '@renderer/domain/screening/summary';
import { isAssessed, scoreSummariesForCall } from '../assessment/summaries';
import { EntityNotFoundError } from '../errors';

export interface RankedApplication {
  application: Application;
  organisationName: string;
  reference: string;
  weightedTotal: number | null;
  rank: number;
  decidedBy?: TieBreak;
  prioritised: boolean;
  /** Stored proposal, else the default: the amount applied for within the call's rules. */
  proposedOre: number;
  proposalStored: boolean;
  /** True when the screening needs the officer's judgement (skjønn) on some rule. */
  needsJudgement: boolean;
}

export interface FailedApplication {
  application: Application;
  organisationName: string;
  reference: string;
  /** Why it cannot be proposed an amount, in Norwegian. */
  reason: string;
}

export interface RankedCall {
  call: Call;
  ranked: RankedApplication[];
  failed: FailedApplication[];
  /** Every application with an amount, for the frame check: the ranked ones eligible, the failed not. */
  allocationItems: AllocationItem[];
}

/** Officer proposals (rows without a meeting) of a call, by application. */
export function proposalsByApplication(rows: readonly Recommendation[]): Map<string, Recommendation> {
  return new Map(rows.filter((r) => r.meetingId === undefined).map((r) => [r.applicationId, r]));
}

function failedReason(screening: Screening | undefined): string | undefined {
  if (!screening) return 'Ikke formelt vurdert ennå.';
  const effective = effectiveResults(screening.results, screening.overrides);
  if (screeningSummary(effective) !== 'ikke_bestatt') return undefined;
  return effective
    .filter((r) => r.result === 'ikke_bestatt')
    .map((r) => `${r.rule}: ${r.reason}`)
    .join(' ');
}

export async function loadRankedCall(db: AppDatabase, callId: string): Promise<RankedCall> {
  const [call, applications] = await Promise.all([
    db.calls.get(callId),
    db.applications.where('callId').equals(callId).toArray(),
  ]);
  if (!call) throw new EntityNotFoundError('calls', callId);
  const assessed = applications.filter(isAssessed);
  const ids = assessed.map((a) => a.id);
  const [screenings, organisations, recommendations, scores] = await Promise.all([
    db.screenings.where('applicationId').anyOf(ids).toArray(),
    db.organisations.bulkGet([...new Set(assessed.map((a) => a.organisationId))]),
    db.recommendations.where('callId').equals(callId).toArray(),
    scoreSummariesForCall(db, callId),
  ]);
  const screeningOf = new Map(screenings.map((s) => [s.applicationId, s]));
  const orgName = new Map(organisations.filter((o) => o !== undefined).map((o) => [o.id, o.name]));
  const proposals = proposalsByApplication(recommendations);

  const failed: FailedApplication[] = [];
  const passing: (Application & { reference: string })[] = [];
  for (const application of assessed) {
    const reference = shortApplicationId(application.id);
    const reason = failedReason(screeningOf.get(application.id));
    if (reason) {
      failed.push({ application, organisationName: orgName.get(application.organisationId) ?? '', reference, reason });
    } else passing.push({ ...application, reference });
  }

  const ranked = rankApplications(
    passing.map((a) => ({
      applicationId: a.id,
      weightedTotal: scores.get(a.id)?.weightedTotal ?? null,
      subGoals: a.subGoals,
      receivedDate: a.receivedDate,
      reference: a.reference,
      application: a,
    })),
    call.prioritisedSubGoal,
  ).map((r): RankedApplication => {
    const { reference, ...application } = r.item.application;
    const stored = proposals.get(application.id);
    const screening = screeningOf.get(application.id);
    const out: RankedApplication = {
      application,
      organisationName: orgName.get(application.organisationId) ?? '',
      reference,
      weightedTotal: r.item.weightedTotal,
      rank: r.rank,
      prioritised: r.prioritised,
      proposedOre: stored?.amountOre ?? maxAmountOre(call, application),
      proposalStored: stored !== undefined,
      needsJudgement:
        screening !== undefined &&
        screeningSummary(effectiveResults(screening.results, screening.overrides)) === 'skjonn',
    };
    if (r.decidedBy) out.decidedBy = r.decidedBy;
    return out;
  });
  failed.sort((a, b) => a.reference.localeCompare(b.reference));

  const toItem = (a: Application, eligible: boolean): AllocationItem => ({
    applicationId: a.id,
    kind: a.kind,
    subGoals: a.subGoals,
    amountAppliedOre: a.amountAppliedOre,
    eligible,
  });
  return {
    call,
    ranked,
    failed,
    allocationItems: [
      ...ranked.map((r) => toItem(r.application, true)),
      ...failed.map((f) => toItem(f.application, false)),
    ],
  };
}

/** The amounts now shown: proposals of the ranked, 0 for the failed. */
export function shownAmounts(ranked: RankedCall): Map<string, number> {
  return new Map(ranked.ranked.map((r) => [r.application.id, r.proposedOre]));
}
