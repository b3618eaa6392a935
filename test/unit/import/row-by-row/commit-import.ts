// The import commit as the program wrote it before batches: row by row, each read and write awaited
// in turn. Kept only as the reference the batch path (services/import/commit-import.ts) must equal.
import { ApplicationSchema, type Application } from '@renderer/domain/application';
import { isApplicationEditable } from '@renderer/domain/workflow';
import { resolveStamp, type ChangeStamp } from '@renderer/services/change-log';
import type { ServiceContext } from '@renderer/services/context';
import { ValidationError } from '@renderer/services/errors';
import { addLogged, parseRow, putLogged, sameJson } from '@renderer/services/logged-write';
import { screeningTables } from '@renderer/services/screening';
import { rescreenOpen } from './screening';
import type { ImportRow } from '@renderer/services/import/import-row';
import { matcherForCall } from '@renderer/services/import/match-applications';
import { assertCallTakesImports, type ImportPlan, type PlannedRow } from '@renderer/services/import/plan-import';
import { upsertOrganisation } from './upsert-organisation';

interface ImportResult {
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
  pairs: Set<string>;
  /** Organisations whose screened fields changed: all their applications re-screen. */
  rescreenOrgs: Set<string>;
}

async function writeRow(ctx: ServiceContext, stamp: ChangeStamp, callId: string, item: PlannedRow, tally: Tally) {
  const { db } = ctx;
  const row: ImportRow = item.row;
  const org = await upsertOrganisation(ctx, stamp, row.organisation);
  if (org.change === 'created') tally.orgsCreated.add(org.organisation.id);
  if (org.change === 'updated') tally.orgsUpdated.add(org.organisation.id);
  if (org.screenedFieldsChanged) tally.rescreenOrgs.add(org.organisation.id);
  tally.pairs.add(`${callId}\u0000${org.organisation.id}`);

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
    await addLogged(db, stamp, 'applications', app);
    tally.result.created++;
    tally.result.applicationIds.push(app.id);
    return;
  }
  const before = item.existingApplicationId ? await db.applications.get(item.existingApplicationId) : undefined;
  if (!before || before.callId !== callId || !isApplicationEditable(before.status)) {
    throw ValidationError.forField('', STALE);
  }
  tally.pairs.add(`${callId}\u0000${before.organisationId}`);
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
  await putLogged(db, stamp, 'applications', before, after);
  tally.result.updated++;
}

/** Rows planned as new must still be new: another import may have saved them since the preview. */
async function assertPlanStillHolds(ctx: ServiceContext, plan: ImportPlan): Promise<void> {
  const matcher = await matcherForCall(ctx.db, plan.callId);
  for (const item of plan.items) {
    if (item.action !== 'create') continue;
    const { application, organisation } = item.row;
    if (matcher.find({ externalId: application.externalId, orgnr: organisation.orgnr, title: application.title })) {
      throw ValidationError.forField('', STALE);
    }
  }
}

async function rescreenTouched(ctx: ServiceContext, stamp: ChangeStamp, tally: Tally): Promise<void> {
  const { db } = ctx;
  const apps = new Map<string, Application>();
  for (const pair of tally.pairs) {
    const [callId, organisationId] = pair.split('\u0000') as [string, string];
    const siblings = await db.applications.where('[callId+organisationId]').equals([callId, organisationId]).toArray();
    for (const app of siblings) apps.set(app.id, app);
  }
  for (const organisationId of tally.rescreenOrgs) {
    for (const app of await db.applications.where('organisationId').equals(organisationId).toArray()) {
      apps.set(app.id, app);
    }
  }
  await rescreenOpen(ctx, stamp, [...apps.values()]);
}

export async function commitImport(ctx: ServiceContext, callId: string, plan: ImportPlan): Promise<ImportResult> {
  if (plan.callId !== callId) {
    throw ValidationError.forField('callId', 'Forhåndsvisningen gjelder en annen utlysning. Les inn filen på nytt.');
  }
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', screeningTables(db), async () => {
    await assertCallTakesImports(db, callId);
    await assertPlanStillHolds(ctx, plan);
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
      pairs: new Set(),
      rescreenOrgs: new Set(),
    };
    for (const item of plan.items) {
      if (item.action === 'skip') tally.result.skipped++;
      else await writeRow(ctx, stamp, callId, item, tally);
    }
    await rescreenTouched(ctx, stamp, tally);
    tally.result.organisationsCreated = tally.orgsCreated.size;
    tally.result.organisationsUpdated = [...tally.orgsUpdated].filter((id) => !tally.orgsCreated.has(id)).length;
    return tally.result;
  });
}
