// Gathers the year's IMDi report for one municipality: one row per decided application in the
// year's calls, then the summaries. Amounts leave here in whole kroner.
import type { Table } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import { readByIds, readWhereIn } from '@renderer/data/read-keys';
import type { ApplicationHead } from '@renderer/domain/application-head';
import type { Call } from '@renderer/domain/call';
import type { Decision } from '@renderer/domain/decision';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { Organisation } from '@renderer/domain/organisation';
import { EntityNotFoundError } from '../errors';
import type { ImdiExportData, ImdiGrantRow } from './imdi-export-data';
import { isGranted, klageOf, rapportOf, vedtakOf } from './map-status';
import { frameRows, summarise, type SummaryInput } from './summarise';
import { osloDate } from '@renderer/domain/oslo-date';
import { paidTotalOre } from '@renderer/domain/payments/grant-terms';
import { effectiveSubGoalSplit, splitProportionally } from '@renderer/domain/decisions/sub-goal-split';
import { repaidByApplication } from '../repayments/repaid';
import { compareIso, compareNb, rankTexts } from '@renderer/domain/collate';

export interface CollectExportOptions {
  year: number;
  municipalityId: string;
  /** YYYY-MM-DD; decides whether a missing report is overdue. Defaults to today (UTC). */
  today?: string;
}

/** Øre → whole kroner, rounded per amount so the rows add up to the sums. */
export const toKroner = (ore: number): number => Math.round(ore / 100);

const SUB_GOAL_ORDER = ['A', 'B', 'C'] as const;

/** Groups rows by a key, keeping each group's order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const group = map.get(key(row));
    if (group) group.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/**
 * Calls by deadline and title, then organisation name and title in Norwegian order, then id. Each
 * call and organisation name is collated once (ranked), so sorting thousands of rows compares
 * integers; titles are compared only within one organisation's rows of a call, which are few.
 */
function sortByCallThenName(
  applications: readonly ExportApplication[],
  calls: Map<string, Call>,
  orgs: Map<string, Organisation>,
): ExportApplication[] {
  const orgName = (a: ExportApplication) => orgs.get(a.organisationId)?.name ?? '';
  const callRank = rankTexts([...calls.values()].map((c) => c.title));
  const orgRank = rankTexts(applications.map(orgName));
  const keyed = applications.map((application) => {
    const call = calls.get(application.callId);
    return {
      application,
      deadline: call?.deadline ?? '',
      call: call ? callRank.get(call.title)! : -1,
      organisation: orgRank.get(orgName(application))!,
    };
  });
  type Keyed = (typeof keyed)[number];
  const sameGroup = (a: Keyed, b: Keyed) => a.deadline === b.deadline && a.call === b.call && a.organisation === b.organisation;
  keyed.sort((a, b) => compareIso(a.deadline, b.deadline) || a.call - b.call || a.organisation - b.organisation);
  const sorted: ExportApplication[] = [];
  for (let start = 0; start < keyed.length; ) {
    let end = start + 1;
    while (end < keyed.length && sameGroup(keyed[start]!, keyed[end]!)) end++;
    const group = keyed.slice(start, end).map((k) => k.application);
    if (group.length > 1) group.sort((a, b) => compareNb(a.title, b.title) || compareIso(a.id, b.id));
    sorted.push(...group);
    start = end;
  }
  return sorted;
}

/** What the report needs of an application: its head (data/application-heads.ts), no long parts. */
type ExportApplication = ApplicationHead;

/**
 * The call's applications as heads: a fifth of the bytes of whole records. The heads are derived
 * data; should they not match the applications (rows written past the program, a head from before
 * v21 without target groups), the whole records are read instead, so the report never says less
 * than the applications do.
 */
async function applicationsOfCall(db: AppDatabase, callId: string): Promise<ExportApplication[]> {
  const [heads, count] = await Promise.all([
    db.applicationHeads.where('callId').equals(callId).toArray(),
    db.applications.where('callId').equals(callId).count(),
  ]);
  if (heads.length === count && heads.every((h) => Array.isArray(h.targetGroups) && typeof h.receptionCentre === 'boolean')) return heads;
  return db.applications.where('callId').equals(callId).toArray();
}

export async function collectImdiExport(
  db: AppDatabase,
  options: CollectExportOptions,
): Promise<ImdiExportData> {
  const { year, municipalityId } = options;
  const today = options.today ?? osloDate(new Date());
  const tables = [db.municipalities, db.calls, db.applicationHeads, db.applications, db.organisations, db.decisions, db.payments, db.reports, db.appeals, db.repayments];

  return db.transaction('r', tables, async () => {
    const municipality = await db.municipalities.get(municipalityId);
    if (!municipality) throw new EntityNotFoundError('municipalities', municipalityId);
    const calls = (await db.calls.where('year').equals(year).toArray())
      .filter((c) => c.municipalityId === municipalityId)
      .sort((a, b) => compareIso(a.deadline, b.deadline) || compareNb(a.title, b.title));
    // One getAll per call and table on the callId indexes, all sent at once (anyOf over several
    // calls would walk a cursor row by row; decisions, payments and reports carry their call since
    // schema v22), then the few rows that hang on decisions by the cheapest read (data/read-keys.ts).
    const ofCalls = <T extends { callId: string }, I>(table: Table<T, string, I>) =>
      Promise.all(calls.map((c) => table.where('callId').equals(c.id).toArray())).then((rows) => rows.flat());
    const [applications, decisions, payments, reports] = await Promise.all([
      Promise.all(calls.map((c) => applicationsOfCall(db, c.id))).then((rows) => rows.flat()),
      ofCalls(db.decisions),
      ofCalls(db.payments),
      ofCalls(db.reports),
    ]);
    const decisionIds = decisions.map((d) => d.id);
    const byDecision = <T extends { decisionId: string }, I>(table: Table<T, string, I>) =>
      readWhereIn(table, 'decisionId', decisionIds, (row) => row.decisionId);
    const current = currentDecisions(decisions);
    const decided = applications.filter((a) => current.has(a.id));
    const [appeals, repayments, organisations] = await Promise.all([
      byDecision(db.appeals),
      byDecision(db.repayments),
      readByIds(db.organisations, decided.map((a) => a.organisationId)),
    ]);

    const callById = new Map(calls.map((c) => [c.id, c]));
    const orgById = new Map(organisations.map((o) => [o.id, o] as const));
    // Payments, reports and appeals follow the application through superseded decisions too.
    const applicationOf = new Map(decisions.map((d) => [d.id, d.applicationId]));
    const perApplication = <T extends { decisionId: string }>(rows: T[]) =>
      groupBy(rows, (r) => applicationOf.get(r.decisionId) ?? '');
    const paymentsOf = perApplication(payments);
    const reportsOf = perApplication(reports);
    const appealsOf = perApplication(appeals);
    // Paid back on repayment claims (R13): what has come in, not what was claimed.
    const repaidOf = repaidByApplication(repayments, applicationOf);

    const items: SummaryInput[] = sortByCallThenName(decided, callById, orgById).map((application) => {
        const decision = current.get(application.id) as Decision;
        const call = callById.get(application.callId) as Call;
        const organisation = orgById.get(application.organisationId);
        const subGoals = SUB_GOAL_ORDER.filter((g) => application.subGoals.includes(g));
        const appReports = reportsOf.get(application.id) ?? [];
        // The decision's own split (the call page and frame checks use it too), in whole kroner
        // that add up to innvilget_belop.
        const grantedSplit = splitProportionally(
          toKroner(decision.amountGrantedOre),
          effectiveSubGoalSplit(decision, subGoals),
          subGoals,
        );
        const row: ImdiGrantRow = {
          kommunenummer: municipality.id,
          kommune: municipality.name,
          ar: year,
          utlysning: call.title,
          ekstern_id: application.externalId ?? '',
          orgnr: organisation?.orgnr ?? '',
          organisasjon: organisation?.name ?? '',
          tittel: application.title,
          type: application.kind,
          delmal: subGoals.join(','),
          malgrupper: application.targetGroups.join(','),
          mottak: application.receptionCentre ? 'ja' : 'nei',
          sokt_belop: toKroner(application.amountAppliedOre),
          vedtak: vedtakOf(decision.outcome),
          innvilget_belop: toKroner(decision.amountGrantedOre),
          innvilget_a: grantedSplit.A ?? 0,
          innvilget_b: grantedSplit.B ?? 0,
          innvilget_c: grantedSplit.C ?? 0,
          vedtaksdato: decision.decidedAt,
          // The real payment records: terms with a paid date, under this or an earlier decision.
          utbetalt_belop: toKroner(paidTotalOre(paymentsOf.get(application.id) ?? [])),
          rapport: rapportOf(decision.outcome, appReports, call.rules.reportDueDate, today),
          tilbakebetalt_belop: toKroner(repaidOf.get(application.id) ?? 0),
          klage: klageOf(appealsOf.get(application.id) ?? []),
        };
        return { row, callId: call.id, subGoals, granted: isGranted(decision.outcome) };
      });

    return {
      kommunenummer: municipality.id,
      kommune: municipality.name,
      ar: year,
      tildelinger: items.map((i) => i.row),
      sammendrag: summarise(items),
      ramme: frameRows(calls, items, toKroner),
    };
  });
}
