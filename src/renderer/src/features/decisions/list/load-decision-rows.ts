// The rows of Vedtak og brev for one call, slim: each application's title and amount, its
// organisation, screening summary, current decision and letter status, and nothing else (no
// descriptions, budget lines or PDF bytes stay in memory). Read in two steps for big calls: the
// first rows at once, then every row with the call's budget.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import { callBudget, type CallBudget } from '@renderer/domain/call-budget';
import { rankTexts } from '@renderer/domain/collate';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import type { ListScreeningSummary } from '@renderer/services/queries/application-list';
import { lapsedDecisionIds } from '@renderer/services/acceptance/lapsed';
import { letterStatus, readLetterHeads, type LetterHead, type LetterStatus } from '../letter-status';

/** What the list, its bulk actions and the letter checks need of a decision. */
export type ListDecision = Pick<Decision, 'id' | 'outcome' | 'amountGrantedOre' | 'lockedAt' | 'updatedAt'>;

export interface DecisionRow {
  application: Pick<Application, 'id' | 'title' | 'amountAppliedOre' | 'status'>;
  organisationName: string;
  orgnr: string;
  /** The organisation's e-mail, for the send list. */
  email: string;
  screening: ListScreeningSummary;
  decision: ListDecision | undefined;
  letter: LetterStatus;
}

export interface CallDecisions {
  call: Call;
  /** By organisation, then title, in Norwegian order. */
  rows: DecisionRow[];
  /** Undefined until every row is read: the budget sums the whole call. */
  budget: CallBudget | undefined;
  /** False while only the first rows are read. */
  complete: boolean;
}


function slimDecision(d: Decision): ListDecision {
  return { id: d.id, outcome: d.outcome, amountGrantedOre: d.amountGrantedOre, lockedAt: d.lockedAt, updatedAt: d.updatedAt };
}

/** Organisation, then title, each collated once. */
function sortRows(rows: DecisionRow[]): DecisionRow[] {
  const org = rankTexts(rows.map((r) => r.organisationName));
  const title = rankTexts(rows.map((r) => r.application.title));
  const keyed = rows.map((row) => ({ row, org: org.get(row.organisationName)!, title: title.get(row.application.title)! }));
  keyed.sort((a, b) => a.org - b.org || a.title - b.title || (a.row.application.id < b.row.application.id ? -1 : 1));
  return keyed.map((k) => k.row);
}

export function decisionListTables(db: AppDatabase) {
  return [db.calls, db.applications, db.organisations, db.screeningSummaries, db.decisions, db.letterHeads, db.acceptances];
}

/**
 * The call's rows; with `limit`, only that many applications when the call has more (then
 * `complete` is false and there is no budget yet). Null when the call does not exist.
 */
export async function loadDecisionRows(db: AppDatabase, callId: string, limit?: number): Promise<CallDecisions | null> {
  return db.transaction('r', decisionListTables(db), async () => {
    const call = await db.calls.get(callId);
    if (!call) return null;
    const ofCall = db.applications.where('callId').equals(callId);
    const applications = await (limit === undefined ? ofCall : ofCall.limit(limit + 1)).toArray();
    const complete = limit === undefined || applications.length <= limit;
    if (!complete) applications.length = limit;
    const ids = applications.map((a) => a.id);
    const organisationIds = [...new Set(applications.map((a) => a.organisationId))];
    // All three at once: each is a round trip to IndexedDB.
    const [organisationRows, summaries, decisions] = await Promise.all([
      db.organisations.bulkGet(organisationIds),
      // The one-word summaries (schema v5), not the screenings with all their reasons.
      db.screeningSummaries.bulkGet(ids),
      db.decisions.where('applicationId').anyOf(ids).toArray(),
    ]);
    const organisations = new Map(organisationRows.flatMap((o) => (o ? [[o.id, o] as const] : [])));
    const current = currentDecisions(decisions);
    const letters = await readLetterHeads(db, [...current.values()].map((d) => d.id));
    const lettersOf = new Map<string, LetterHead[]>();
    for (const letter of letters) lettersOf.set(letter.decisionId, [...(lettersOf.get(letter.decisionId) ?? []), letter]);
    const rows = applications.map((application, i): DecisionRow => {
      const organisation = organisations.get(application.organisationId);
      const decision = current.get(application.id);
      return {
        application: { id: application.id, title: application.title, amountAppliedOre: application.amountAppliedOre, status: application.status },
        organisationName: organisation?.name ?? '',
        orgnr: organisation?.orgnr ?? '',
        email: organisation?.email ?? '',
        screening: summaries[i]?.summary ?? 'ikke_vurdert',
        decision: decision ? slimDecision(decision) : undefined,
        letter: decision ? letterStatus(decision, lettersOf.get(decision.id) ?? []) : { kind: 'none' },
      };
    });
    if (!complete) return { call, rows: sortRows(rows), budget: undefined, complete };
    // Grants that lapsed for want of acceptance (R11) free their amount; only current ones count.
    const lapsed = await lapsedDecisionIds(db, [...current.values()].map((d) => d.id));
    return { call, rows: sortRows(rows), budget: callBudget(call, applications, decisions, lapsed), complete };
  });
}
