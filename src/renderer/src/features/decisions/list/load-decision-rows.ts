// The rows of Vedtak og brev for one call, slim: each application's title and amount, its
// organisation, screening summary, current decision and letter status, and nothing else (no
// descriptions, budget lines or PDF bytes are read). Read in two steps for big calls: the first
// rows at once, then every row with the call's budget.
import { Dexie, type EntityTable } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import { OUT_OF_STEP, readInStep } from '@renderer/data/application-heads';
import { readByIds, readWhereIn } from '@renderer/data/read-keys';
import { rawReadBatch } from '@renderer/data/raw-batch';
import type { Application } from '@renderer/domain/application';
import type { ApplicationHead } from '@renderer/domain/application-head';
import type { Organisation } from '@renderer/domain/organisation';
import type { ScreeningSummaryRow } from '@renderer/domain/screening/summary-row';
import type { Call } from '@renderer/domain/call';
import { callBudget, type CallBudget } from '@renderer/domain/call-budget';
import { compareNb, groupByText } from '@renderer/domain/collate';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Decision } from '@renderer/domain/decision';
import type { ListScreeningSummary } from '@renderer/services/queries/application-list';
import { hasLapsed, lapsedDecisionIds } from '@renderer/services/acceptance/lapsed';
import type { Acceptance } from '@renderer/domain/acceptance';
import { letterStatus, type LetterHead, type LetterStatus } from '../letter-status';

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

/**
 * Organisation, then title, then id. The organisations are collated once each; titles only within
 * an organisation's rows, as they are never compared across (a call of 50 000 has ~45 000 distinct
 * titles, whose collation was most of the sort).
 */
function sortRows(rows: DecisionRow[]): DecisionRow[] {
  const byTitle = (a: DecisionRow, b: DecisionRow) => compareNb(a.application.title, b.application.title) || (a.application.id < b.application.id ? -1 : 1);
  const sorted: DecisionRow[] = [];
  for (const group of groupByText(rows, (r) => r.organisationName)) {
    if (group.length > 1) group.sort(byTitle);
    for (const row of group) sorted.push(row);
  }
  return sorted;
}

export function decisionListTables(db: AppDatabase) {
  return [db.calls, db.applicationHeads, db.applications, db.organisations, db.screeningSummaries, db.decisions, db.letterHeads, db.acceptances];
}

type OrganisationLookup = (id: string) => Organisation | undefined;
type SummaryLookup = (applicationId: string) => ScreeningSummaryRow | undefined;

/**
 * The organisations the rows name, never the whole table for a call that names few of them: for a
 * whole call by the cheapest read of their keys (data/read-keys.ts), or, when they are most of the
 * table (`total`, counted then), one read of it all instead of thousands of requests.
 */
async function readOrganisations(db: AppDatabase, heads: readonly ApplicationHead[], total: number | undefined): Promise<OrganisationLookup> {
  const ids = [...new Set(heads.map((a) => a.organisationId))];
  const rows =
    total === undefined
      ? // The first rows: a hundred at most, one request each, all at once.
        (await db.organisations.bulkGet(ids)).filter((o) => o !== undefined)
      : ids.length * 2 >= total
        ? await db.organisations.toArray()
        : await readByIds(db.organisations, ids);
  const byId = new Map<string, Organisation>();
  for (const o of rows) byId.set(o.id, o);
  return (id) => byId.get(id);
}

/** Above this many rows without a summary in the call's index, one read of the whole (slim) table beats a request per row. */
const SUMMARY_LOOKUPS = 200;

/**
 * The screening summaries of the rows: those found by the call's index (schema v17; read for a
 * whole call), then the rest (rows written without their call, or a first read) by key, or, when
 * many are missing (a call never screened), from one read of the whole (slim) table.
 */
async function readSummaries(db: AppDatabase, heads: readonly ApplicationHead[], ofCall: readonly ScreeningSummaryRow[]): Promise<SummaryLookup> {
  const byId = new Map<string, ScreeningSummaryRow>();
  for (const s of ofCall) byId.set(s.applicationId, s);
  const missing = heads.map((a) => a.id).filter((id) => !byId.has(id));
  if (missing.length > SUMMARY_LOOKUPS) {
    const wanted = new Set(missing);
    await db.screeningSummaries.each((s) => {
      if (wanted.has(s.applicationId)) byId.set(s.applicationId, s);
    });
  } else if (missing.length > 0) {
    for (const s of await db.screeningSummaries.bulkGet(missing)) if (s) byId.set(s.applicationId, s);
  }
  return (id) => byId.get(id);
}

/**
 * Rows of `table` whose `index` (the field `valueOf` reads) is one of `keys`: for a few keys one
 * request each, all sent at once (a cursor hopping from key to key waits for each hop); for many,
 * the cheapest read of them (data/read-keys.ts: one read of their span when they fill most of it,
 * else one request per key, all sent at once).
 */
async function whereAnyOf<T extends { id: string }>(table: EntityTable<T, 'id'>, index: string, keys: readonly string[], valueOf: (row: T) => string): Promise<T[]> {
  if (keys.length > FEW_KEYS) return readWhereIn(table, index, keys, valueOf);
  return (await Promise.all(keys.map((key) => table.where(index).equals(key).toArray()))).flat();
}
const FEW_KEYS = 200;

/** What the rows are made of besides their heads. */
interface RowParts {
  organisationOf: OrganisationLookup;
  summaryOf: SummaryLookup;
  /** Every decision of the rows' applications, superseded ones included. */
  decisions: Decision[];
  /** The letters of the rows' current decisions. */
  letters: LetterHead[];
  /**
   * The current decisions whose grant lapsed for want of acceptance (R11), which frees its amount:
   * only the budget needs them, so they are read only when the rows are the whole call.
   */
  lapsed: Set<string> | undefined;
}

/**
 * The parts by the cheapest read of each kind's keys; letters and lapses once the current decisions
 * are known. A whole call passes its decisions, read on their callId index (schema v22) beside its heads.
 */
async function readRowParts(
  db: AppDatabase,
  heads: readonly ApplicationHead[],
  { complete, organisationCount, summariesOfCall, decisionsOfCall }: { complete: boolean; organisationCount?: number; summariesOfCall: readonly ScreeningSummaryRow[]; decisionsOfCall?: Decision[] },
): Promise<RowParts> {
  const [organisationOf, summaryOf, decisions] = await Promise.all([
    readOrganisations(db, heads, organisationCount),
    readSummaries(db, heads, summariesOfCall),
    decisionsOfCall ?? whereAnyOf(db.decisions, 'applicationId', heads.map((a) => a.id), (d) => d.applicationId),
  ]);
  const currentIds = [...currentDecisions(decisions).values()].map((d) => d.id);
  const [letters, lapsed] = await Promise.all([
    whereAnyOf(db.letterHeads, 'decisionId', currentIds, (l) => l.decisionId),
    complete ? lapsedDecisionIds(db, currentIds) : undefined,
  ]);
  return { organisationOf, summaryOf, decisions, letters, lapsed };
}

/**
 * The first rows' parts (FIRST_DECISION_ROWS at most): one raw read per key, all sent at once, each
 * application's letters (and, when the rows are the whole call, its acceptances) asked for as soon
 * as its decisions arrive (data/raw-batch.ts).
 */
async function readFirstRowParts(db: AppDatabase, heads: readonly ApplicationHead[], complete: boolean): Promise<RowParts> {
  const organisations = new Map<string, Organisation>();
  const summaries = new Map<string, ScreeningSummaryRow>();
  const decisions: Decision[] = [];
  const letters: LetterHead[] = [];
  const lapsed = complete ? new Set<string>() : undefined;
  const batch = rawReadBatch(['organisations', 'screeningSummaries', 'decisions', 'letterHeads', 'acceptances'], (reads) => {
    for (const id of new Set(heads.map((a) => a.organisationId))) {
      reads.get<Organisation>('organisations', id, (o) => o && organisations.set(id, o));
    }
    for (const { id } of heads) {
      reads.get<ScreeningSummaryRow>('screeningSummaries', id, (s) => s && summaries.set(id, s));
      reads.getAllWhere<Decision>('decisions', 'applicationId', id, (ofApplication) => {
        decisions.push(...ofApplication);
        const current = currentDecisions(ofApplication).get(id);
        if (!current) return;
        reads.getAllWhere<LetterHead>('letterHeads', 'decisionId', current.id, (found) => letters.push(...found));
        if (lapsed) reads.getAllWhere<Acceptance>('acceptances', 'decisionId', current.id, (found) => found.some(hasLapsed) && lapsed.add(current.id));
      });
    }
  });
  if (!batch) return readRowParts(db, heads, { complete, summariesOfCall: [] });
  await batch;
  return { organisationOf: (id) => organisations.get(id), summaryOf: (id) => summaries.get(id), decisions, letters, lapsed };
}

/**
 * The call's rows; with `limit`, only that many applications when the call has more (then
 * `complete` is false and there is no budget yet). Null when the call does not exist. Reads the
 * slim application heads (schema v18) and letter heads (v14), never whole applications or PDFs.
 */
export async function loadDecisionRows(db: AppDatabase, callId: string, limit?: number): Promise<CallDecisions | null> {
  return readInStep(db, () => readDecisionRows(db, callId, limit));
}

async function readDecisionRows(db: AppDatabase, callId: string, limit: number | undefined): Promise<CallDecisions | null | typeof OUT_OF_STEP> {
  return db.transaction('r', decisionListTables(db), async () => {
    const whole = limit === undefined;
    const ofCall = db.applicationHeads.where('callId').equals(callId);
    // All at once, as none waits for another: each is a round trip to IndexedDB. A whole call takes
    // the organisations' count (read whole when the call names most) and its summaries from their
    // call index (schema v17), and its decisions from theirs (v22).
    const [call, heads, organisationCount, summariesOfCall, decisionsOfCall] = await Promise.all([
      db.calls.get(callId),
      (whole ? ofCall : ofCall.limit(limit + 1)).toArray(),
      whole ? db.organisations.count() : undefined,
      whole ? db.screeningSummaries.where('[callId+summary]').between([callId, Dexie.minKey], [callId, Dexie.maxKey]).toArray() : [],
      whole ? db.decisions.where('callId').equals(callId).toArray() : undefined,
    ]);
    if (!call) return null;
    const complete = whole || heads.length <= limit;
    if (!complete) heads.length = limit;
    const [inStep, { organisationOf, summaryOf, decisions, letters, lapsed }] = await Promise.all([
      // A short first read is the whole call if the heads are in step: counted beside the rest, as
      // the call is small. (A full read is checked by ensureHeadsInStep once its rows show.)
      whole || !complete ? true : db.applications.where('callId').equals(callId).count().then((n) => n === heads.length),
      whole ? readRowParts(db, heads, { complete, organisationCount, summariesOfCall, decisionsOfCall }) : readFirstRowParts(db, heads, complete),
    ]);
    if (!inStep) return OUT_OF_STEP;
    const current = currentDecisions(decisions);
    const lettersOf = new Map<string, LetterHead[]>();
    for (const letter of letters) {
      const list = lettersOf.get(letter.decisionId);
      if (list) list.push(letter);
      else lettersOf.set(letter.decisionId, [letter]);
    }
    const rows = heads.map((head): DecisionRow => {
      const organisation = organisationOf(head.organisationId);
      const decision = current.get(head.id);
      return {
        application: { id: head.id, title: head.title, amountAppliedOre: head.amountAppliedOre, status: head.status },
        organisationName: organisation?.name ?? '',
        orgnr: organisation?.orgnr ?? '',
        email: organisation?.email ?? '',
        screening: summaryOf(head.id)?.summary ?? 'ikke_vurdert',
        decision: decision ? slimDecision(decision) : undefined,
        letter: decision ? letterStatus(decision, lettersOf.get(decision.id) ?? []) : { kind: 'none' },
      };
    });
    const budget = lapsed ? callBudget(call, heads, decisions, lapsed) : undefined;
    return { call, rows: sortRows(rows), budget, complete };
  });
}
