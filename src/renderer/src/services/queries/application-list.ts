// Flat rows for the big application list. Built for 50 000 applications: each table is read once
// into memory (never Dexie .filter()), and the search text is prepared once per row.
import type { AppDatabase } from '@renderer/data/db';
import type { Application, ApplicationKind, ApplicationStatus } from '@renderer/domain/application';
import type { SubGoal } from '@renderer/domain/call';
import type { Organisation, OrganisationKind } from '@renderer/domain/organisation';
import type { Screening, ScreeningOutcome } from '@renderer/domain/screening';
import { effectiveResults } from '@renderer/domain/screening/effective';
import { screeningSummary } from '@renderer/domain/screening/summary';

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
  /** Lower-cased organisation name, orgnr and title: what the search box matches against. */
  searchText: string;
}

export function summaryOf(screening: Screening | undefined): ListScreeningSummary {
  if (!screening) return 'ikke_vurdert';
  return screeningSummary(effectiveResults(screening.results, screening.overrides));
}

export function toApplicationListRow(
  app: Application,
  organisation: Organisation | undefined,
  screening: Screening | undefined,
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
    screeningSummary: summaryOf(screening),
    searchText: `${organisationName} ${orgnr} ${app.title}`.toLowerCase(),
  };
}

/** Newest received first, then by id descending: the order of the receivedDate index read backwards. */
export function compareNewestFirst(a: Application, b: Application): number {
  if (a.receivedDate !== b.receivedDate) return a.receivedDate < b.receivedDate ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** All rows (or a call's), newest received first. */
export async function loadApplicationListRows(
  db: AppDatabase,
  options: { callId?: string } = {},
): Promise<ApplicationListRow[]> {
  return db.transaction('r', db.applications, db.organisations, db.screenings, async () => {
    const applications =
      options.callId === undefined
        ? await db.applications.toArray()
        : await db.applications.where('callId').equals(options.callId).toArray();
    const organisations = new Map((await db.organisations.toArray()).map((o) => [o.id, o]));
    const screenings = new Map((await db.screenings.toArray()).map((s) => [s.applicationId, s]));
    applications.sort(compareNewestFirst);
    return applications.map((app) =>
      toApplicationListRow(app, organisations.get(app.organisationId), screenings.get(app.id)),
    );
  });
}

/**
 * The first `limit` rows of the full list, from the receivedDate index, with only the organisations
 * and screenings they need: the list paints at once while the rest loads.
 */
export async function loadFirstApplicationRows(
  db: AppDatabase,
  limit = 100,
): Promise<ApplicationListRow[]> {
  return db.transaction('r', db.applications, db.organisations, db.screenings, async () => {
    const applications = await db.applications.orderBy('receivedDate').reverse().limit(limit).toArray();
    const organisationIds = [...new Set(applications.map((a) => a.organisationId))];
    // Both lookups at once: each is a round trip to IndexedDB.
    const [organisations, screenings] = await Promise.all([
      db.organisations.bulkGet(organisationIds),
      db.screenings
        .where('applicationId')
        .anyOf(applications.map((a) => a.id))
        .toArray(),
    ]);
    const byOrganisation = new Map(organisationIds.map((id, i) => [id, organisations[i]]));
    const byApplication = new Map(screenings.map((s) => [s.applicationId, s]));
    return applications.map((app) =>
      toApplicationListRow(app, byOrganisation.get(app.organisationId), byApplication.get(app.id)),
    );
  });
}
