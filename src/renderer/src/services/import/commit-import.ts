// Saves an import plan: every row in ONE transaction (organisations by orgnr, applications created
// or updated, each write with its change-log row, each application screened at once), all or nothing.
// One batch: what the rows share is read once, the rows are decided in memory in file order, and
// written with bulk operations; the change log gets the same entries in the same order as writing
// row by row would give.
import { ApplicationSchema, type Application } from '@renderer/domain/application';
import { cancelTransactionOn, cancelledOr } from '../cancel-write';
import type { Organisation } from '@renderer/domain/organisation';
import { isApplicationEditable } from '@renderer/domain/workflow';
import { resolveStamp, type ChangeStamp } from '../change-log';
import type { ServiceContext } from '../context';
import { ValidationError } from '../errors';
import { writeLoggedBatch, type LoggedRowWrite } from '../logged-batch';
import { parseRow, sameJson } from '../logged-write';
import { Dexie } from 'dexie';
import type { AppDatabase } from '@renderer/data/db';
import { planRescreenOpen } from '../rescreen-related';
import type { RescreenPlan } from '../screening-batch';
import { isEarlier, screeningTables } from '../screening';
import type { ImportRow } from './import-row';
import { matcherForApplications } from './match-applications';
import { assertCallTakesImports, type ImportPlan, type PlannedRow } from './plan-import';
import { upsertOrganisation } from './upsert-organisation';

export interface ImportResult {
  created: number;
  updated: number;
  /** Matched rows chosen for update whose data was already as in the file. */
  unchanged: number;
  skipped: number;
  organisationsCreated: number;
  organisationsUpdated: number;
  /** The applications created or updated, in file order. */
  applicationIds: string[];
}

const STALE =
  'Søknadene i utlysningen er endret siden forhåndsvisningen. Les inn filen på nytt før du lagrer.';

/** Optional fields a file may leave out, with what a new application gets. */
const NEW_APPLICATION_DEFAULTS = { budgetLines: [] } satisfies Partial<Application>;

/** Everything but the bookkeeping fields, to tell a real change from a re-import of the same data. */
function facts(app: Application): Omit<Application, 'updatedAt'> {
  const { updatedAt: _updatedAt, ...rest } = app;
  return rest;
}

interface Tally {
  result: ImportResult;
  orgsCreated: Set<string>;
  orgsUpdated: Set<string>;
  /** Call+organisation pairs whose applications screen together (local limit per organisation). */
  pairs: Map<string, [string, string]>;
  /** Organisations whose screened fields changed: all their applications re-screen. */
  rescreenOrgs: Set<string>;
  /** Per pair, the applications written into or out of it (each version, before and after). */
  written: Map<string, Application[]>;
}

/** What the rows write, decided in memory: the organisations and applications as they stand so far. */
interface Batch {
  writes: LoggedRowWrite[];
  orgsByOrgnr: Map<string, Organisation>;
  appsById: Map<string, Application>;
}

const pairKey = (callId: string, organisationId: string) => `${callId}\u0000${organisationId}`;

function addPair(tally: Tally, callId: string, organisationId: string): void {
  tally.pairs.set(pairKey(callId, organisationId), [callId, organisationId]);
}

function addWritten(tally: Tally, app: Application): void {
  const key = pairKey(app.callId, app.organisationId);
  tally.written.set(key, [...(tally.written.get(key) ?? []), app]);
}

function planRow(ctx: ServiceContext, stamp: ChangeStamp, callId: string, item: PlannedRow, tally: Tally, batch: Batch) {
  const row: ImportRow = item.row;
  const org = upsertOrganisation(ctx, stamp, batch.orgsByOrgnr.get(row.organisation.orgnr), row.organisation);
  if (org.change !== 'unchanged') {
    batch.writes.push({ table: 'organisations', before: org.before, after: org.organisation });
    batch.orgsByOrgnr.set(org.organisation.orgnr, org.organisation);
  }
  if (org.change === 'created') tally.orgsCreated.add(org.organisation.id);
  if (org.change === 'updated') tally.orgsUpdated.add(org.organisation.id);
  if (org.screenedFieldsChanged) tally.rescreenOrgs.add(org.organisation.id);
  addPair(tally, callId, org.organisation.id);

  if (item.action === 'create') {
    const app = parseRow(ApplicationSchema, {
      ...NEW_APPLICATION_DEFAULTS,
      ...row.application,
      callId,
      organisationId: org.organisation.id,
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      status: 'mottatt',
    });
    batch.writes.push({ table: 'applications', before: undefined, after: app });
    batch.appsById.set(app.id, app);
    addWritten(tally, app);
    tally.result.created++;
    tally.result.applicationIds.push(app.id);
    return;
  }
  const before = item.existingApplicationId ? batch.appsById.get(item.existingApplicationId) : undefined;
  if (!before || before.callId !== callId || !isApplicationEditable(before.status)) {
    throw ValidationError.forField('', STALE);
  }
  addPair(tally, callId, before.organisationId);
  const after = parseRow(ApplicationSchema, {
    ...before,
    ...row.application,
    organisationId: org.organisation.id,
    updatedAt: stamp.at,
  });
  tally.result.applicationIds.push(after.id);
  if (sameJson(facts(after), facts(before))) {
    tally.result.unchanged++;
    return;
  }
  batch.writes.push({ table: 'applications', before, after });
  batch.appsById.set(after.id, after);
  addWritten(tally, before);
  addWritten(tally, after);
  tally.result.updated++;
}

/** The organisations the rows name and the applications they update, each read once for all rows. */
async function readShared(ctx: ServiceContext, plan: ImportPlan, callApplications: readonly Application[]): Promise<Batch> {
  const { db } = ctx;
  const orgnrs = [...new Set(plan.items.filter((i) => i.action !== 'skip').map((i) => i.row.organisation.orgnr))];
  const updateIds = [
    ...new Set(plan.items.flatMap((i) => (i.action === 'update' && i.existingApplicationId ? [i.existingApplicationId] : []))),
  ];
  const [organisations, applications] = await Promise.all([
    orgnrs.length > 0 ? db.organisations.where('orgnr').anyOf(orgnrs).toArray() : [],
    db.applications.bulkGet(updateIds),
  ]);
  const orgsByOrgnr = new Map<string, Organisation>();
  // As where('orgnr').equals(…).first(): the first in index order when two share an orgnr.
  for (const org of organisations) if (!orgsByOrgnr.has(org.orgnr)) orgsByOrgnr.set(org.orgnr, org);
  // The call's applications as they will stand after the writes: those read, then each row's.
  const appsById = new Map<string, Application>(callApplications.map((a) => [a.id, a]));
  for (const app of applications) if (app) appsById.set(app.id, app);
  return { writes: [], orgsByOrgnr, appsById };
}

/**
 * Rows planned as new must still be new: another import may have saved them since the preview.
 * Returns the call's applications as read, for the batch to reuse.
 */
async function assertPlanStillHolds(ctx: ServiceContext, plan: ImportPlan): Promise<Application[]> {
  const applications = await ctx.db.applications.where('callId').equals(plan.callId).toArray();
  const matcher = await matcherForApplications(ctx.db, applications);
  for (const item of plan.items) {
    if (item.action !== 'create') continue;
    const { application, organisation } = item.row;
    if (matcher.find({ externalId: application.externalId, orgnr: organisation.orgnr, title: application.title })) {
      throw ValidationError.forField('', STALE);
    }
  }
  return applications;
}

/** Groups rows by a key, keeping the order the rows came in (the index order of one query). */
function groupBy(apps: readonly Application[], key: (app: Application) => string): Map<string, Application[]> {
  const out = new Map<string, Application[]>();
  for (const app of apps) {
    const k = key(app);
    const group = out.get(k);
    if (group) group.push(app);
    else out.set(k, [app]);
  }
  return out;
}

/**
 * The touched pairs' applications, then all applications of organisations whose screened fields
 * changed, in the order the pairs and organisations were first met, screened as one batch. The
 * pairs are all in the import's call, whose applications the batch already holds as written; each
 * pair's in key order, as a query on the [callId+organisationId] index would give them.
 *
 * Of a pair's applications only those whose screening can have changed: the ones written, those a
 * written one (before or after) comes earlier than, which the local limit counts, and those whose
 * organisation changed what the screening reads (in their pair's place, as before). The others
 * would screen as stored (every change re-screens what it touches), so writing row by row left
 * them as they were too.
 */
function mayChange(app: Application, written: readonly Application[]): boolean {
  return written.some((w) => w.id === app.id) || written.some((w) => w.id !== app.id && isEarlier(w, app));
}

/**
 * Planned before anything is written, so the rows and their screenings go to the database as one
 * batch: what the re-screening would read after the writes comes from the batch instead (the
 * import's call as it will stand, the organisations as written, no stored screening for a new
 * application), and what it still reads the import does not write.
 */
async function planRescreenTouched(ctx: ServiceContext, stamp: ChangeStamp, callId: string, tally: Tally, batch: Batch): Promise<RescreenPlan> {
  const { db } = ctx;
  const callApps = [...batch.appsById.values()];
  const ofOrgs = await applicationsOfOrganisations(db, tally.rescreenOrgs, batch);
  const byPair = groupBy(callApps, (a) => pairKey(a.callId, a.organisationId));
  const byOrg = groupBy(ofOrgs, (a) => a.organisationId);
  const apps = new Map<string, Application>();
  for (const key of tally.pairs.keys()) {
    const written = tally.written.get(key) ?? [];
    const siblings = (byPair.get(key) ?? [])
      .filter((app) => tally.rescreenOrgs.has(app.organisationId) || mayChange(app, written))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const app of siblings) apps.set(app.id, app);
  }
  for (const orgId of tally.rescreenOrgs) for (const app of byOrg.get(orgId) ?? []) apps.set(app.id, app);
  const created = new Set(batch.writes.flatMap((w) => (w.table === 'applications' && !w.before ? [w.after.id] : [])));
  return planRescreenOpen(ctx, stamp, [...apps.values()], [...callApps, ...ofOrgs], {
    organisations: new Map([...batch.orgsByOrgnr.values()].map((o) => [o.id, o])),
    wholeCalls: new Set([callId]),
    newApplicationIds: created,
  });
}

/**
 * Every application of the organisations, as it will stand after the batch: the stored ones (the
 * import's call's from the batch, which also has the new ones and those moved to the organisation),
 * per organisation in id order, as one query on the organisationId index gives them.
 */
async function applicationsOfOrganisations(db: AppDatabase, orgIds: ReadonlySet<string>, batch: Batch): Promise<Application[]> {
  if (orgIds.size === 0) return [];
  const stored = await db.applications.where('organisationId').anyOf([...orgIds]).toArray();
  const byId = new Map(stored.map((a) => [a.id, a]));
  for (const app of batch.appsById.values()) byId.set(app.id, app);
  return [...byId.values()]
    .filter((a) => orgIds.has(a.organisationId))
    .sort((a, b) => (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export async function commitImport(ctx: ServiceContext, callId: string, plan: ImportPlan, options: { signal?: AbortSignal } = {}): Promise<ImportResult> {
  if (plan.callId !== callId) {
    throw ValidationError.forField('callId', 'Forhåndsvisningen gjelder en annen utlysning. Les inn filen på nytt.');
  }
  const { signal } = options;
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  const committed = db.transaction('rw', screeningTables(db), async () => {
    // «Avbryt» while it runs aborts the transaction: none of the import is saved.
    cancelTransactionOn(signal);
    await assertCallTakesImports(db, callId);
    const callApplications = await assertPlanStillHolds(ctx, plan);
    const tally: Tally = {
      result: {
        created: 0,
        updated: 0,
        unchanged: 0,
        skipped: 0,
        organisationsCreated: 0,
        organisationsUpdated: 0,
        applicationIds: [],
      },
      orgsCreated: new Set(),
      orgsUpdated: new Set(),
      pairs: new Map(),
      rescreenOrgs: new Set(),
      written: new Map(),
    };
    const batch = await readShared(ctx, plan, callApplications);
    for (const item of plan.items) {
      if (item.action === 'skip') tally.result.skipped++;
      else planRow(ctx, stamp, callId, item, tally, batch);
    }
    // Through Dexie's promise, so the write after it runs in this transaction (see rescreenBatch).
    const screening = await Dexie.Promise.resolve(planRescreenTouched(ctx, stamp, callId, tally, batch));
    await writeLoggedBatch(db, stamp, [...batch.writes, ...screening.writes], [{ table: 'screeningSummaries', rows: screening.summaries }]);
    tally.result.organisationsCreated = tally.orgsCreated.size;
    tally.result.organisationsUpdated = [...tally.orgsUpdated].filter((id) => !tally.orgsCreated.has(id)).length;
    return tally.result;
  });
  return committed.catch((error: unknown) => {
    throw cancelledOr(error, signal);
  });
}
