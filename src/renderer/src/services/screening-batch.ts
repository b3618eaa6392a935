// Re-screening many applications as one batch inside the caller's transaction: the applications,
// their organisations and calls, the siblings a local limit counts and the stored screenings are
// read once each, the screenings computed in memory, and the changed ones written with their
// summaries and change-log rows as one logged batch (logged-batch.ts). Same rows, ids and log order
// as screening each in turn.
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import { readWhereIn } from '@renderer/data/read-keys';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import type { Organisation } from '@renderer/domain/organisation';
import { ScreeningSchema, type Screening, type ScreeningRuleResult } from '@renderer/domain/screening';
import { screenApplication } from '@renderer/domain/screening/screen-application';
import { summaryRowOf, type ScreeningSummaryRow } from '@renderer/domain/screening/summary-row';
import type { ChangeStamp } from './change-log';
import { writeLoggedBatch, type LoggedRowWrite } from './logged-batch';
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

/**
 * The applications of each call+organisation pair whose call limits applications per organisation.
 * A call whose every application is among `known` (counted on the index, not read) takes them from
 * there; for the others, one query over the pairs.
 */
async function siblingsByPair(
  db: AppDatabase,
  applications: readonly Application[],
  known: readonly Application[],
  calls: Map<string, Call>,
  wholeCalls: ReadonlySet<string>,
): Promise<Map<string, Application[]>> {
  const limited = (callId: string) => calls.get(callId)?.rules.maxApplicationsPerOrganisation !== undefined;
  const knownByCall = new Map<string, Application[]>();
  for (const app of new Map(known.map((a) => [a.id, a])).values()) {
    if (!limited(app.callId)) continue;
    const list = knownByCall.get(app.callId);
    if (list) list.push(app);
    else knownByCall.set(app.callId, [app]);
  }
  const whole = new Set<string>([...knownByCall.keys()].filter((callId) => wholeCalls.has(callId)));
  await Promise.all(
    [...knownByCall].map(async ([callId, list]) => {
      if (whole.has(callId)) return;
      if ((await db.applications.where('callId').equals(callId).count()) === list.length) whole.add(callId);
    }),
  );
  const pairs = new Map<string, [string, string]>();
  for (const app of applications) {
    if (!limited(app.callId) || whole.has(app.callId)) continue;
    pairs.set(pairKey(app.callId, app.organisationId), [app.callId, app.organisationId]);
  }
  const read = pairs.size > 0 ? await db.applications.where('[callId+organisationId]').anyOf([...pairs.values()]).toArray() : [];
  const out = new Map<string, Application[]>();
  for (const app of [...read, ...[...whole].flatMap((callId) => knownByCall.get(callId)!)]) {
    const key = pairKey(app.callId, app.organisationId);
    const group = out.get(key);
    if (group) group.push(app);
    else out.set(key, [app]);
  }
  return out;
}

/**
 * The first stored screening per application, as `where('applicationId').equals(id).first()` gives
 * (both reads give index order). By the cheapest read of the keys: the ids are random UUIDs, so a
 * call's open applications lie scattered among every screening, where anyOf's cursor would jump
 * from key to key; most of the table is one read of it, a few are one request each.
 */
async function storedScreenings(db: AppDatabase, applicationIds: readonly string[]): Promise<Map<string, Screening>> {
  const out = new Map<string, Screening>();
  for (const s of await readWhereIn(db.screenings, 'applicationId', applicationIds, (row) => row.applicationId)) {
    if (!out.has(s.applicationId)) out.set(s.applicationId, s);
  }
  return out;
}

/**
 * What a caller that plans writes of its own before re-screening already holds, as it will stand
 * once written (the import commit): then nothing the re-screening reads is changed by those writes.
 */
export interface RescreenGiven {
  /** Organisations by id; any other is read. */
  organisations?: ReadonlyMap<string, Organisation>;
  /** Calls whose every application is among `known`: their siblings come from there, uncounted. */
  wholeCalls?: ReadonlySet<string>;
  /** Applications not stored yet: they have no screening to read. */
  newApplicationIds?: ReadonlySet<string>;
}

/** The screenings that changed, as writes with their change-log rows, and their summaries. */
export interface RescreenPlan {
  results: RescreenResult[];
  writes: LoggedRowWrite<'screenings'>[];
  summaries: ScreeningSummaryRow[];
}

/**
 * Screens the applications (in the order given; a repeated one counts once) and stores the changed
 * results, keeping the officer's overrides. `applications` are the rows as stored now, read in the
 * caller's transaction (each caller has just read them; reading 37 500 again would double the
 * work). `known` may add other rows the caller read (the decided ones it leaves out). Must run
 * inside a rw transaction over `screeningTables(db)`; `stamp` is resolved by the caller before
 * opening it.
 */
export async function rescreenBatch(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  applications: readonly Application[],
  known: readonly Application[] = applications,
): Promise<RescreenResult[]> {
  // Through Dexie's promise, so the write after it still runs in the caller's transaction: an
  // await of the plain promise of an async function can leave Dexie's transaction zone.
  const plan = await Dexie.Promise.resolve(planRescreen(ctx, stamp, applications, known));
  await writeRescreen(ctx.db, stamp, plan);
  return plan.results;
}

/** Writes a planned re-screening: the changed screenings, their summaries and log rows. */
export async function writeRescreen(db: AppDatabase, stamp: ChangeStamp, plan: RescreenPlan): Promise<void> {
  await writeLoggedBatch(db, stamp, plan.writes, [{ table: 'screeningSummaries', rows: plan.summaries }]);
}

/** rescreenBatch without the writes: what it would write, for a caller that writes it with its own. */
export async function planRescreen(
  ctx: ServiceContext,
  stamp: ChangeStamp,
  applications: readonly Application[],
  known: readonly Application[] = applications,
  given: RescreenGiven = {},
): Promise<RescreenPlan> {
  assertInScreeningTransaction();
  const { db } = ctx;
  const unique = new Map<string, Application>();
  for (const app of applications) if (!unique.has(app.id)) unique.set(app.id, app);
  const apps = [...unique.values()];
  if (apps.length === 0) return { results: [], writes: [], summaries: [] };
  const storedIds = [...unique.keys()].filter((id) => !given.newApplicationIds?.has(id));
  const orgIds = [...new Set(apps.map((a) => a.organisationId))].filter((id) => !given.organisations?.has(id));
  const callIds = [...new Set(apps.map((a) => a.callId))];
  const [read, calls, stored] = await Promise.all([
    orgIds.length > 0 ? byId<Organisation>('organisations', db.organisations.bulkGet(orgIds), orgIds) : new Map<string, Organisation>(),
    byId<Call>('calls', db.calls.bulkGet(callIds), callIds),
    storedScreenings(db, storedIds),
  ]);
  const organisations = new Map([...(given.organisations ?? []), ...read]);
  const siblings = await siblingsByPair(db, apps, known, calls, given.wholeCalls ?? new Set());

  const results: RescreenResult[] = [];
  const writes: LoggedRowWrite<'screenings'>[] = [];
  const summaries: ScreeningSummaryRow[] = [];
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
    writes.push({ table: 'screenings', before, after });
    summaries.push(summaryRowOf(after, application.callId));
    results.push({ screening: after, changed: true });
  }
  return { results, writes, summaries };
}
