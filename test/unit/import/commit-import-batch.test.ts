// The import commit as one batch: the rows it writes, the change log it chains (same order as row by
// row: each row's organisation then its application, then the screenings), requests that do not
// grow with the rows, and nothing written when any part fails.
import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { openDatabase } from '@renderer/data/db';
import { parseImportFile } from '@renderer/documents/import';
import { toJsonSafe } from '@renderer/services/change-log';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { commitImport, planImport } from '@renderer/services/import';
import { createOrganisation } from '@renderer/services/organisations';
import { organisationInput } from '../services/applications.fixtures';
import { testContext } from '../services/test-context';
import { csvFile, openCall, snapshot } from './helpers';
import { validOrgnr as orgnr, validRow } from './fixture-rows';

type Ctx = ReturnType<typeof testContext>;

/** `count` rows over `orgs` organisations, round robin, each with its own portal reference. */
function rows(count: number, orgs: number, from = 0): Record<string, string>[] {
  return Array.from({ length: count }, (_, i) => {
    const o = (from + i) % orgs;
    return validRow({ ekstern_id: `P-${from + i + 1}`, orgnr: orgnr(o), organisasjon: `Forening ${o}`, tittel: `Tiltak ${from + i + 1}` });
  });
}

async function importRows(ctx: Ctx, callId: string, data: Record<string, string>[], onDuplicate: 'skip' | 'update' = 'skip') {
  const plan = await planImport(ctx.db, callId, await parseImportFile(csvFile(data)), { onDuplicate });
  return commitImport(ctx, callId, plan);
}

/** A context whose database counts every IndexedDB request the services make. */
function countingContext(name: string): Ctx & { requests: () => number } {
  let requests = 0;
  const db = openDatabase(name);
  db.use({
    stack: 'dbcore',
    name: 'count-requests',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          get: (req) => (requests++, table.get(req)),
          getMany: (req) => (requests++, table.getMany(req)),
          query: (req) => (requests++, table.query(req)),
          openCursor: (req) => (requests++, table.openCursor(req)),
          count: (req) => (requests++, table.count(req)),
          mutate: (req) => (requests++, table.mutate(req)),
        };
      },
    }),
  });
  return Object.assign(testContext({ db }), { requests: () => requests });
}

describe('commitImport as one batch', () => {
  it('writes every row and a change log that verifies, in the order row-by-row writing gives', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const firstLogId = (await ctx.db.changeLog.count()) + 1;
    const data = rows(30, 7);
    const result = await importRows(ctx, callId, data);
    expect(result).toMatchObject({ created: 30, organisationsCreated: 7 });

    expect(await verifyChangeLog(ctx.db)).toEqual({ ok: true, count: await ctx.db.changeLog.count() });
    const log = await ctx.db.changeLog.where(':id').aboveOrEqual(firstLogId).toArray();
    // Rows 1–7 meet a new organisation each (created, then its application); rows 8–30 only add
    // an application; then one screening per application.
    const expected = [
      ...data.flatMap((_, i) => (i < 7 ? ['organisations', 'applications'] : ['applications'])),
      ...data.map(() => 'screenings'),
    ];
    expect(log.map((l) => l.entity)).toEqual(expected);
    expect(log.map((l) => l.id)).toEqual(expected.map((_, i) => firstLogId + i));

    // Each entry's `after` is the row as stored, and every application has its screening.
    const apps = await ctx.db.applications.bulkGet(result.applicationIds);
    const appEntries = log.filter((l) => l.entity === 'applications');
    expect(appEntries.map((l) => l.after)).toEqual(apps.map((a) => toJsonSafe(a)));
    const screenings = await ctx.db.screenings.where('applicationId').anyOf(result.applicationIds).toArray();
    expect(screenings).toHaveLength(30);
    // Screened organisation by organisation in the order the file first names them, each
    // organisation's applications in key order: as the row-by-row path screened them.
    const byOrg = new Map<string, string[]>();
    for (const app of apps) byOrg.set(app!.organisationId, [...(byOrg.get(app!.organisationId) ?? []), app!.id]);
    const screeningOrder = [...byOrg.values()].flatMap((ids) => ids.sort());
    expect(log.filter((l) => l.entity === 'screenings').map((l) => (l.after as { applicationId: string }).applicationId)).toEqual(screeningOrder);
    expect(await ctx.db.screeningSummaries.count()).toBe(30);
  });

  it('creates each new organisation once and updates an existing one once, however many rows name it', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    const existing = await createOrganisation(ctx, organisationInput({ orgnr: orgnr(1), name: 'Gammelt navn', registeredInFrivillighetsregisteret: true }));
    const before = await ctx.db.organisations.count();
    const result = await importRows(ctx, callId, [
      ...rows(3, 1, 0).map((r) => ({ ...r, orgnr: orgnr(0), organisasjon: 'Ny forening' })),
      ...rows(3, 1, 10).map((r) => ({ ...r, orgnr: orgnr(1), organisasjon: 'Nytt navn' })),
    ]);
    expect(result).toMatchObject({ created: 6, organisationsCreated: 1, organisationsUpdated: 1 });
    expect(await ctx.db.organisations.count()).toBe(before + 1);
    expect((await ctx.db.organisations.get(existing.id))?.name).toBe('Nytt navn');
    const orgLog = await ctx.db.changeLog.where('entity').equals('organisations').toArray();
    expect(orgLog.filter((l) => l.entityId !== existing.id).map((l) => l.action)).toEqual(['opprettet']);
    expect(orgLog.filter((l) => l.entityId === existing.id).map((l) => l.action)).toEqual(['opprettet', 'endret']);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });

  it('updates matched applications in the batch, each logged once with the row it replaced', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    await importRows(ctx, callId, rows(5, 2));
    const stored = await ctx.db.applications.where('callId').equals(callId).sortBy('externalId');
    const changed = rows(5, 2).map((r, i) => (i % 2 === 0 ? { ...r, sokt_belop: '55000' } : r));
    const result = await importRows(ctx, callId, changed, 'update');
    expect(result).toMatchObject({ created: 0, updated: 3, unchanged: 2 });
    const updates = await ctx.db.changeLog.where('entity').equals('applications').filter((l) => l.action === 'endret').toArray();
    expect(updates.map((l) => [(l.before as { amountAppliedOre: number }).amountAppliedOre, (l.after as { amountAppliedOre: number }).amountAppliedOre])).toEqual([
      [4_000_000, 5_500_000], [4_000_000, 5_500_000], [4_000_000, 5_500_000],
    ]);
    expect(updates.map((l) => l.entityId)).toEqual([stored[0]!.id, stored[2]!.id, stored[4]!.id]);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });

  it('makes as many requests for 60 rows as for 6: what the rows share is read once', async () => {
    const small = countingContext('test-small');
    const smallCall = await openCall(small);
    const smallPlan = await planImport(small.db, smallCall, await parseImportFile(csvFile(rows(6, 3))), { onDuplicate: 'skip' });
    const s0 = small.requests();
    await commitImport(small, smallCall, smallPlan);
    const smallCount = small.requests() - s0;

    const big = countingContext('test-big');
    const bigCall = await openCall(big);
    const bigPlan = await planImport(big.db, bigCall, await parseImportFile(csvFile(rows(60, 30))), { onDuplicate: 'skip' });
    const b0 = big.requests();
    await commitImport(big, bigCall, bigPlan);
    expect(big.requests() - b0).toBe(smallCount);
    expect(await big.db.applications.count()).toBe(60);
  });

  it('leaves nothing written when the last bulk write fails', async () => {
    const ctx = testContext();
    const callId = await openCall(ctx);
    await importRows(ctx, callId, rows(4, 2));
    const before = await snapshot(ctx.db);
    // The screening summaries go in after the organisations, applications, their log and the screenings.
    ctx.db.screeningSummaries.hook('creating', () => {
      throw new Error('Disken er full');
    });
    await expect(importRows(ctx, callId, rows(20, 5, 100))).rejects.toThrow('Disken er full');
    expect(await snapshot(ctx.db)).toEqual(before);
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });
});
