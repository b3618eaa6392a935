// The decisions list of one call, live: each application with its organisation, screening
// summary, current decision and letter status.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { callBudget, type CallBudget } from '@renderer/domain/call-budget';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import type { ListScreeningSummary } from '@renderer/services/queries/application-list';
import { lapsedDecisionIds } from '@renderer/services/acceptance/lapsed';
import { letterStatus, readLetterHeads, type LetterStatus } from '../letter-status';

export interface DecisionRow {
  application: Application;
  organisationName: string;
  orgnr: string;
  /** The organisation's e-mail, for the send list. */
  email: string;
  screening: ListScreeningSummary;
  decision: Decision | undefined;
  letter: LetterStatus;
}

export interface CallDecisions {
  call: Call;
  rows: DecisionRow[];
  budget: CallBudget;
}

async function loadCallDecisions(callId: string): Promise<CallDecisions | null> {
  const db = getDb();
  return db.transaction('r', [db.calls, db.applications, db.organisations, db.screeningSummaries, db.decisions, db.letterHeads, db.acceptances], async () => {
    const call = await db.calls.get(callId);
    if (!call) return null;
    const applications = await db.applications.where('callId').equals(callId).toArray();
    const ids = applications.map((a) => a.id);
    const organisationIds = [...new Set(applications.map((a) => a.organisationId))];
    const organisations = new Map(
      (await db.organisations.bulkGet(organisationIds)).flatMap((o) => (o ? [[o.id, o] as const] : [])),
    );
    // The one-word summaries (schema v5), not the screenings with all their reasons.
    const summaries = await db.screeningSummaries.bulkGet(ids);
    const decisions = await db.decisions.where('applicationId').anyOf(ids).toArray();
    const current = currentDecisions(decisions);
    const currentIds = [...current.values()].map((d) => d.id);
    // The slim heads (schema v14), never the PDFs: saving a letter does not make this query read megabytes.
    const letters = await readLetterHeads(db, currentIds);
    const rows = applications
      .map((application, i): DecisionRow => {
        const organisation = organisations.get(application.organisationId);
        const decision = current.get(application.id);
        return {
          application,
          organisationName: organisation?.name ?? '',
          orgnr: organisation?.orgnr ?? '',
          email: organisation?.email ?? '',
          screening: summaries[i]?.summary ?? 'ikke_vurdert',
          decision,
          letter: decision ? letterStatus(decision, letters) : { kind: 'none' },
        };
      })
      .sort(
        (a, b) =>
          a.organisationName.localeCompare(b.organisationName, 'nb') || a.application.title.localeCompare(b.application.title, 'nb'),
      );
    const lapsed = await lapsedDecisionIds(db, decisions.map((d) => d.id));
    return { call, rows, budget: callBudget(call, applications, decisions, lapsed) };
  });
}

/** undefined while loading, null when the call does not exist. */
export function useCallDecisions(callId: string | undefined): CallDecisions | null | undefined {
  return useLiveQuery(() => (callId ? loadCallDecisions(callId) : Promise.resolve(null)), [callId]);
}

/** Every call, newest year first: what the call chooser offers. */
export function useCalls(): Call[] | undefined {
  return useLiveQuery(async () =>
    (await getDb().calls.toArray()).sort((a, b) => b.year - a.year || b.deadline.localeCompare(a.deadline)),
  );
}
