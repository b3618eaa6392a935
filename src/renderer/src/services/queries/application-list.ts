// Flat rows for the big application list. Built for 50 000 applications: each table is read once
// into memory (never Dexie .filter()), and the search text is prepared once per row. The
// application's fields come from its slim head (data/schema/v18.ts) and the screening result from
// the slim summary table (data/schema/v5.ts), never the whole records.
import { shortApplicationId } from '@renderer/domain/case-reference';
import type { AppDatabase } from '@renderer/data/db';
import type { ApplicationKind, ApplicationStatus } from '@renderer/domain/application';
import type { ApplicationHead } from '@renderer/domain/application-head';
import { OUT_OF_STEP, readInStep } from '@renderer/data/application-heads';
import type { SubGoal } from '@renderer/domain/call';
import type { Organisation, OrganisationKind } from '@renderer/domain/organisation';
import type { Screening, ScreeningOutcome } from '@renderer/domain/screening';
import { summaryRowOf, type ScreeningSummaryRow } from '@renderer/domain/screening/summary-row';

export type ListScreeningSummary = ScreeningOutcome | 'ikke_vurdert';

export interface ApplicationListRow {
  id: string;
  callId: string;
  title: string;
  kind: ApplicationKind;
  subGoals: SubGoal[];
  amountAppliedOre: number;
  status: ApplicationStatus;
  receivedDate: string;
  /** Empty when the organisation is missing (should not happen; the row still shows). */
  organisationName: string;
  orgnr: string;
  organisationKind: OrganisationKind | undefined;
  /** After the officer's overrides; 'ikke_vurdert' when never screened. */
  screeningSummary: ListScreeningSummary;
  /** Lower-cased organisation name, orgnr, title, short id and the organisation's own reference: what the search box matches against. */
  searchText: string;
}

export function summaryOf(screening: Screening | undefined): ListScreeningSummary {
  return screening ? summaryRowOf(screening, undefined).summary : 'ikke_vurdert';
}

export function toApplicationListRow(
  app: ApplicationHead,
  organisation: Organisation | undefined,
  summary: ScreeningSummaryRow | undefined,
): ApplicationListRow {
  const organisationName = organisation?.name ?? '';
  const orgnr = organisation?.orgnr ?? '';
  return {
    id: app.id,
    callId: app.callId,
    title: app.title,
    kind: app.kind,
    subGoals: app.subGoals,
    amountAppliedOre: app.amountAppliedOre,
    status: app.status,
    receivedDate: app.receivedDate,
    organisationName,
    orgnr,
    organisationKind: organisation?.kind,
    screeningSummary: summary?.summary ?? 'ikke_vurdert',
    searchText: [organisationName, orgnr, app.title, shortApplicationId(app.id), app.externalId]
      .filter(Boolean)
      .join(' ')
      .toLowerCase(),
  };
}

/** Newest received first, then by id descending: the order of the receivedDate index read backwards. */
export function compareNewestFirst(a: Pick<ApplicationHead, 'id' | 'receivedDate'>, b: Pick<ApplicationHead, 'id' | 'receivedDate'>): number {
  if (a.receivedDate !== b.receivedDate) return a.receivedDate < b.receivedDate ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

const listTables = (db: AppDatabase) => [db.applicationHeads, db.applications, db.organisations, db.screeningSummaries];

/**
 * All rows (or a call's), newest received first, from the slim heads (schema v18): never the whole
 * application records. Heads out of step are caught by ensureHeadsInStep once the rows show.
 */
export async function loadApplicationListRows(
  db: AppDatabase,
  options: { callId?: string } = {},
): Promise<ApplicationListRow[]> {
  const { callId } = options;
  return db.transaction('r', listTables(db), async () => {
    // All at once: each is a round trip to IndexedDB.
    const [heads, organisationRows, summaryRows] = await Promise.all([
      callId === undefined ? db.applicationHeads.toArray() : db.applicationHeads.where('callId').equals(callId).toArray(),
      db.organisations.toArray(),
      db.screeningSummaries.toArray(),
    ]);
    const organisations = new Map(organisationRows.map((o) => [o.id, o]));
    const summaries = new Map(summaryRows.map((s) => [s.applicationId, s]));
    heads.sort(compareNewestFirst);
    return heads.map((app) => toApplicationListRow(app, organisations.get(app.organisationId), summaries.get(app.id)));
  });
}

/**
 * The first `limit` rows of the full list, from the heads' receivedDate index, with only the
 * organisations and screenings they need: the list paints at once while the rest loads.
 */
export async function loadFirstApplicationRows(
  db: AppDatabase,
  limit = 100,
): Promise<ApplicationListRow[]> {
  return readInStep(db, () =>
    db.transaction('r', listTables(db), async () => {
      const heads = await db.applicationHeads.orderBy('receivedDate').reverse().limit(limit).toArray();
      // Fewer than asked for are all there are, unless the heads are out of step: a cheap count
      // then, as the table is small (a full list is checked by the full read).
      if (heads.length < limit && heads.length !== (await db.applications.count())) return OUT_OF_STEP;
      const organisationIds = [...new Set(heads.map((a) => a.organisationId))];
      // Both lookups at once: each is a round trip to IndexedDB.
      const [organisations, summaries] = await Promise.all([
        db.organisations.bulkGet(organisationIds),
        db.screeningSummaries.bulkGet(heads.map((a) => a.id)),
      ]);
      const byOrganisation = new Map(organisationIds.map((id, i) => [id, organisations[i]]));
      return heads.map((app, i) => toApplicationListRow(app, byOrganisation.get(app.organisationId), summaries[i]));
    }),
  );
}
