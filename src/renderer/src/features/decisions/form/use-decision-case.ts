// Everything the decision page shows, live: the application and its call and organisation, the
// screening after overrides, every decision (current first) and the letters of each.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import type { Organisation } from '@renderer/domain/organisation';
import type { ScreeningRuleResult } from '@renderer/domain/screening';
import { effectiveResults } from '@renderer/domain/screening/effective';
import { screeningBasis, type ScreeningBasis } from '@renderer/domain/decisions/screening-basis';
import { summaryOf, type ListScreeningSummary } from '@renderer/services/queries/application-list';
import { readLetterHeads, type LetterHead } from '../letter-status';

export interface DecisionCase {
  application: Application;
  organisation: Organisation | undefined;
  call: Call;
  screening: ListScreeningSummary;
  /** After the officer's overrides; empty when never screened. */
  screeningResults: ScreeningRuleResult[];
  /** What the screening lets the decision say: failed, overridden and open rules. */
  basis: ScreeningBasis;
  current: Decision | undefined;
  /** All decisions, newest first. */
  decisions: Decision[];
  letters: LetterHead[];
}

/** undefined while loading, null when the application (or its call) does not exist. */
export function useDecisionCase(applicationId: string): DecisionCase | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const application = await db.applications.get(applicationId);
    if (!application) return null;
    const [organisation, call, screening, decisions] = await Promise.all([
      db.organisations.get(application.organisationId),
      db.calls.get(application.callId),
      db.screenings.where('applicationId').equals(applicationId).first(),
      db.decisions.where('applicationId').equals(applicationId).toArray(),
    ]);
    if (!call) return null;
    const letters = await readLetterHeads(db, decisions.map((d) => d.id));
    decisions.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return {
      application,
      organisation,
      call,
      screening: summaryOf(screening),
      screeningResults: screening ? effectiveResults(screening.results, screening.overrides) : [],
      basis: screeningBasis(screening),
      current: currentDecisions(decisions).get(applicationId),
      decisions,
      letters,
    };
  }, [applicationId]);
}
