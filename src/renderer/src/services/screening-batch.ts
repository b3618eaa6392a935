// Re-screening many applications as one batch inside the caller's transaction: the applications,
// their organisations and calls, the siblings a local limit counts and the stored screenings are
// read once each, the screenings computed in memory, and the changed ones written with bulkPut and
// their change-log rows with one bulkAdd. Same rows, ids and log order as screening each in turn.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import type { Organisation } from '@renderer/domain/organisation';
import { ScreeningSchema, type Screening, type ScreeningRuleResult } from '@renderer/domain/screening';
import { screenApplication } from '@renderer/domain/screening/screen-application';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';
import type { ChangeStamp } from './change-log';
import { appendChangeLogBatch } from './change-log-batch';
import type { ServiceContext } from './context';
import { NotFoundError } from './errors';
import { parseOrThrow } from './validate';

const TABLE_NAMES = ['applications', 'organisations', 'calls', 'screenings', 'screeningSummaries', 'changeLog'];

function assertInScreeningTransaction(): void {
  const tx = Dexie.currentTransaction;
  const missing = TABLE_NAMES.filter((name) => !tx?.storeNames.includes(name));
  if (!tx || tx.mode !== 'readwrite' || missing.length > 0) {
    throw new Error(`Re-screening needs an open rw transaction over ${TABLE_NAMES.join(', ')}`);
  }
}

export interface RescreenResult {
  screening: Screening;
  /** False when the results were as before: then nothing was written. */
  changed: boolean;
}

/** Earlier = received before, then created before, then smaller id: a stable order for the limit. */
export function isEarlier(other: Application, app: Application): boolean {
  if (other.receivedDate !== app.receivedDate) return other.receivedDate < app.receivedDate;
  if (other.createdAt !== app.createdAt) return other.createdAt < app.createdAt;
  return other.id < app.id;
}

const pairKey = (callId: string, organisationId: string) => `${callId}\u0000${organisationId}`;

function sameResults(a: readonly ScreeningRuleResult[], b: readonly ScreeningRuleResult[]): boolean {
  return (
    a.length === b.length &&
    a.every((r, i) => r.rule === b[i]?.rule && r.result === b[i]?.result && r.reason === b[i]?.reason)
  );
}

async function byId<T extends { id: string }>(
  table: 'organisations' | 'calls',
  rows: Promise<(T | undefined)[]>,
  ids: readonly string[],
): Promise<Map<string, T>> {
  const found = await rows;
  const out = new Map<string, T>();
  found.forEach((row, i) => {
    if (!row) throw new NotFoundError(table, ids[i]!);
    out.set(row.id, row);
  });
  return out;
}

/** The applications of each call+organisation pair whose call limits applications per organisation. */
async function siblingsByPair(
  db: AppDatabase,
  applications: readonly Application[],
  calls: Map<string, Call>,
): Promise<Map<string, Application[]>> {
  const pairs = new Map<string, [string, string]>();
  for (const app of applications) {
    if (calls.get(app.callId)?.rules.maxApplicationsPerOrganisation === undefined) continue;
    pairs.set(pairKey(app.callId, app.organisationId), [app.callId, app.organisationId]);
  }
  const out = new Map<string, Application[]>();
  if (pairs.size === 0) return out;
  const siblings = await db.applications.where('[callId+organisationId]').anyOf([...pairs.values()]).toArray();
  for (const app of siblings) {
    const key = pairKey(app.callId, app.organisationId);
    const group = out.get(key);
    if (group) group.push(app);
    else out.set(key, [app]);
  }
  return out;
}

/** The first stored screening per application, as `where('applicationId').equals(id).first()` gives. */
async function storedScreenings(db: AppDatabase, applicationIds: readonly string[]): Promise<Map<string, Screening>> {
  const out = new Map<string, Screening>();
  for (const s of await db.screenings.where('applicationId').anyOf([...applicationIds]).toArray()) {
    if (!out.has(s.applicationId)) out.set(s.applicationId, s);
  }
  return out;
}

/**
 * Screens the applications (in the order given; a repeated id counts once) and stores the changed
 * results, keeping the officer's overrides. Must run inside a rw transaction over
 * `screeningTables(db)`; `stamp` is resolved by the caller before opening it.
 */
export async function rescreenBatch(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  applicationIds: readonly string[],
): Promise<RescreenResult[]> {
  assertInScreeningTransaction();
  const { db } = ctx;
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0) return [];
  const applications = await db.applications.bulkGet(ids);
  const apps = applications.map((app, i) => {
    if (!app) throw new NotFoundError('applications', ids[i]!);
    return app;
  });
  const orgIds = [...new Set(apps.map((a) => a.organisationId))];
  const callIds = [...new Set(apps.map((a) => a.callId))];
  const [organisations, calls, stored] = await Promise.all([
    byId<Organisation>('organisations', db.organisations.bulkGet(orgIds), orgIds),
    byId<Call>('calls', db.calls.bulkGet(callIds), callIds),
    storedScreenings(db, ids),
  ]);
  const siblings = await siblingsByPair(db, apps, calls);

  const results: RescreenResult[] = [];
  const written: Screening[] = [];
  const log: { before: Screening | undefined; after: Screening }[] = [];
  for (const application of apps) {
    const call = calls.get(application.callId)!;
    const earlier =
      call.rules.maxApplicationsPerOrganisation === undefined
        ? undefined
        : (siblings.get(pairKey(application.callId, application.organisationId)) ?? []).filter(
            (o) => o.id !== application.id && o.status !== 'trukket' && isEarlier(o, application),
          ).length;
    const screened = screenApplication({
      application,
      organisation: organisations.get(application.organisationId)!,
      call,
      otherApplicationsByOrganisationInCall: earlier,
    });
    const before = stored.get(application.id);
    if (before && sameResults(before.results, screened)) {
      results.push({ screening: before, changed: false });
      continue;
    }
    const after = parseOrThrow(ScreeningSchema, {
      id: before?.id ?? ctx.newId(),
      createdAt: before?.createdAt ?? stamp.at,
      updatedAt: stamp.at,
      applicationId: application.id,
      results: screened,
      overrides: before?.overrides ?? [],
      screenedAt: stamp.at,
    });
    written.push(after);
    log.push({ before, after });
    results.push({ screening: after, changed: true });
  }
  if (written.length === 0) return results;
  await db.screenings.bulkPut(written);
  await db.screeningSummaries.bulkPut(written.map(summaryRowOf));
  await appendChangeLogBatch(
    db,
    stamp,
    log.map(({ before, after }) => ({
      entity: 'screenings',
      entityId: after.id,
      action: before ? 'endret' : 'opprettet',
      before: before ?? null,
      after,
    })),
  );
  return results;
}
