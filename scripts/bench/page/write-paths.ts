// Runs in the page (bundled by ../write-paths.ts): the program's own services against a database
// filled with the generator's data, each beside its plain baseline measured in the same page.
import type { IndexableType } from 'dexie';
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import { screenApplication } from '@renderer/domain/screening/screen-application';
import { updateCall } from '@renderer/services/calls';
import type { ServiceContext } from '@renderer/services/context';
import { bulkDecide } from '@renderer/services/decisions';
import { verifyChangeLog, type ChainResult } from '@renderer/services/change-log-verify';
import { commitImport, planImport } from '@renderer/services/import';
import { isEarlier } from '@renderer/services/screening';
import { CURRENT_YEAR, generateBenchData, generateImportRows, seededUuids, type BenchSize, type BenchTables } from '../generate';

const DB_NAME = 'bench-write-paths';
const CALL_ID = `call-${CURRENT_YEAR}`;
const CHUNK = 5_000;

let db: AppDatabase;
let data: BenchTables;
// The program's ids are crypto.randomUUID's: these are shaped alike, and the same on every run.
const newId = seededUuids(4711);

function context(): ServiceContext {
  return { db, now: () => new Date(`${CURRENT_YEAR}-02-10T09:00:00.000Z`), newId, actor: () => 'Benk Mark' };
}

const time = async <T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> => {
  const t0 = performance.now();
  const result = await work();
  return { ms: performance.now() - t0, result };
};

/** The generator's data, written table by table in chunks (not measured). */
export async function fill(size: BenchSize): Promise<{ rows: number; ms: number }> {
  const t0 = performance.now();
  await openDatabase(DB_NAME).delete();
  db = openDatabase(DB_NAME);
  await db.open();
  data = generateBenchData(size);
  let rows = 0;
  for (const [table, list] of Object.entries(data) as [string, unknown[]][]) {
    for (let i = 0; i < list.length; i += CHUNK) await db.table(table).bulkPut(list.slice(i, i + CHUNK));
    rows += list.length;
  }
  return { rows, ms: performance.now() - t0 };
}

/** Opens a database `fill` wrote before (kept in the profile) and regenerates its data, unwritten. */
export async function reopen(size: BenchSize): Promise<void> {
  db = openDatabase(DB_NAME);
  await db.open();
  data = generateBenchData(size);
}

/**
 * Baseline: reading the call's applications, their organisations and the call, and the program's
 * own screening function over every open one.
 */
export async function rescreenBaseline(): Promise<{ ms: number; open: number }> {
  const baseline = await time(async () => {
    const [call, apps] = await Promise.all([db.calls.get(CALL_ID), db.applications.where('callId').equals(CALL_ID).toArray()]);
    const orgs = await db.organisations.bulkGet([...new Set(apps.map((a) => a.organisationId))]);
    const byId = new Map(orgs.map((o) => [o!.id, o!]));
    const byOrg = new Map<string, Application[]>();
    for (const a of apps) byOrg.set(a.organisationId, [...(byOrg.get(a.organisationId) ?? []), a]);
    const limit = 3;
    let screened = 0;
    for (const app of apps) {
      if (app.status !== 'mottatt' && app.status !== 'under_behandling') continue;
      const earlier = (byOrg.get(app.organisationId) ?? []).filter((o) => o.id !== app.id && o.status !== 'trukket' && isEarlier(o, app)).length;
      screenApplication({ application: app, organisation: byId.get(app.organisationId)!, call: { ...call!, rules: { ...call!.rules, maxApplicationsPerOrganisation: limit } }, otherApplicationsByOrganisationInCall: earlier });
      screened++;
    }
    return screened;
  });
  return { ms: baseline.ms, open: baseline.result };
}

/** Measured: the rule change as the officer saves it (updateCall re-screens the open applications in its transaction). */
let lastLogIdBeforeRescreen = 0;

export async function rescreen(): Promise<{ ms: number; changed: number }> {
  lastLogIdBeforeRescreen = (await db.changeLog.orderBy(':id').last())?.id ?? 0;
  const measured = await time(() => updateCall(context(), CALL_ID, { rules: { maxApplicationsPerOrganisation: 3 } }));
  const logged = await db.changeLog.where(':id').above(lastLogIdBeforeRescreen).count();
  // One entry is the call's own change; the rest are the screenings that changed.
  return { ms: measured.ms, changed: logged - 1 };
}

let decideIds: string[] = [];

/**
 * `count` open applications of the current call, chosen before the measured step: the first in a
 * list sorted by title, as an officer ticks them. (The first by id would be the lowest ids, side
 * by side in every index, which no selection of the officer's is.)
 */
export async function prepareDecide(count: number): Promise<void> {
  const open = await db.applications.where('callId').equals(CALL_ID).filter((a) => a.status !== 'trukket' && a.status !== 'vedtatt').toArray();
  const byTitle = (a: Application, b: Application) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1);
  decideIds = open.sort(byTitle).slice(0, count).map((a) => a.id);
}

let lastLogIdBeforeDecide = 0;

/** «Vedta for valgte» over the prepared applications: avslag with a written reason. */
export async function decide(): Promise<{ ms: number; decided: number }> {
  lastLogIdBeforeDecide = (await db.changeLog.orderBy(':id').last())?.id ?? 0;
  const measured = await time(() => bulkDecide(context(), decideIds, { outcome: 'avslatt', justification: 'Søknaden er ikke prioritert innenfor årets ramme.' }));
  return { ms: measured.ms, decided: measured.result.decided.length };
}

/** A planned import, kept until `importCommit` (or `startCommit`, for the kill test). */
let pendingPlan: Awaited<ReturnType<typeof planImport>> | undefined;
let lastLogIdBeforeImport = 0;

/** Measured: the commit of the import planned by `prepareImport`. */
export async function importCommit(): Promise<{ ms: number; created: number }> {
  lastLogIdBeforeImport = (await db.changeLog.orderBy(':id').last())?.id ?? 0;
  const measured = await time(() => commitImport(context(), CALL_ID, pendingPlan!));
  return { ms: measured.ms, created: measured.result.created };
}

/**
 * Baseline of the import: the rows the commit wrote (every changed row and its change-log entries),
 * put again as copies with other keys in one raw IndexedDB transaction on the same database.
 */
export function importBaseline(): Promise<{ ms: number; rows: number }> {
  return rawRewrite(lastLogIdBeforeImport);
}

/** The same for the bulk decision: its decisions, applications, their heads and the change log. */
export function decideRawWrite(): Promise<{ ms: number; rows: number }> {
  return rawRewrite(lastLogIdBeforeDecide);
}

/** The same for the re-screening: the floor its writes stand on (the screenings that changed, their summaries and log). */
export function rescreenRawWrite(): Promise<{ ms: number; rows: number }> {
  return rawRewrite(lastLogIdBeforeRescreen);
}

/**
 * Every row a step wrote (found from its change-log entries after `lastLogId`), with those entries,
 * put again as copies with other keys in one raw IndexedDB transaction, then removed again.
 */
async function rawRewrite(lastLogId: number): Promise<{ ms: number; rows: number }> {
  const log = await db.changeLog.where(':id').above(lastLogId).toArray();
  const written = new Map<string, Record<string, unknown>[]>([['changeLog', log.map((e) => ({ ...e, id: (e.id ?? 0) + 1_000_000_000 }))]]);
  const keys = new Map<string, Set<string>>();
  for (const e of log) keys.set(e.entity, (keys.get(e.entity) ?? new Set()).add(e.entityId));
  for (const [table, ids] of keys) {
    const stored = (await db.table(table).bulkGet([...ids])) as Record<string, unknown>[];
    // orgnr is a unique index: the copies get one of their own.
    written.set(table, stored.map((r) => ({ ...r, id: `raw-${String(r.id)}`, ...(table === 'organisations' ? { orgnr: `raw-${String(r.orgnr)}` } : {}) })));
    // Derived slim rows the program writes beside them in the same transaction belong to the raw write too.
    if (table === 'applications') {
      const heads = await db.applicationHeads.bulkGet([...ids]);
      written.set('applicationHeads', heads.filter((h) => h !== undefined).map((h) => ({ ...h, id: `raw-${h.id}` })));
    }
    if (table === 'screenings') {
      const summaries = await db.screeningSummaries.bulkGet(stored.map((s) => String(s.applicationId)));
      written.set('screeningSummaries', summaries.map((s) => ({ ...s!, applicationId: `raw-${s!.applicationId}` })));
    }
  }
  const stores = [...written.keys()];
  const idb = db.backendDB();
  const baseline = await time(
    () =>
      new Promise<void>((resolve, reject) => {
        const tx = idb.transaction(stores, 'readwrite');
        for (const [store, list] of written) {
          const os = tx.objectStore(store);
          for (const row of list) os.put(row);
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(new Error(`raw insert failed: ${String(tx.error)}`));
        tx.onabort = () => reject(new Error(`raw insert aborted: ${String(tx.error)}`));
      }),
  );
  // The copies go again, unmeasured, so later steps see the database as the program left it.
  await db.transaction('rw', stores, async () => {
    for (const [store, list] of written) {
      const pk = store === 'screeningSummaries' ? 'applicationId' : 'id';
      await db.table(store).bulkDelete(list.map((r) => r[pk] as IndexableType));
    }
  });
  const total = [...written.values()].reduce((n, list) => n + list.length, 0);
  return { ms: baseline.ms, rows: total };
}

const requests = new Map<string, number>();

/**
 * IndexedDB requests by method since the last call (the first call starts counting): how many
 * round trips a step makes, beside its profile.
 */
export function requestCounts(): Record<string, number> {
  const flags = globalThis as unknown as { __countingRequests?: boolean };
  if (!flags.__countingRequests) {
    flags.__countingRequests = true;
    // A cursor's steps too: each is a round trip, as a request is.
    for (const [name, proto] of [['store', IDBObjectStore.prototype], ['index', IDBIndex.prototype], ['cursor', IDBCursor.prototype]] as const) {
      for (const method of ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor', 'put', 'add', 'delete', 'clear', 'continue', 'advance'] as const) {
        const original = (proto as unknown as Record<string, ((...args: unknown[]) => unknown) | undefined>)[method];
        if (!original) continue;
        Object.defineProperty(proto, method, {
          configurable: true,
          writable: true,
          value(this: unknown, ...args: unknown[]) {
            const key = `${name}.${method}`;
            requests.set(key, (requests.get(key) ?? 0) + 1);
            return original.apply(this, args);
          },
        });
      }
    }
  }
  const out = Object.fromEntries(requests);
  requests.clear();
  return out;
}

export function close(): void {
  db.close();
}

export async function prepareImport(count: number): Promise<void> {
  pendingPlan = await planImport(db, CALL_ID, { rows: generateImportRows(data, count) }, { onDuplicate: 'skip' });
}

/** Starts the commit and returns at once; `__commitStarted` tells the test it is under way. */
export function startCommit(): void {
  const flags = globalThis as unknown as { __commitStarted?: boolean; __commitDone?: boolean };
  flags.__commitStarted = true;
  void commitImport(context(), CALL_ID, pendingPlan!).then(() => (flags.__commitDone = true));
}

/** What a reopened database holds: row counts and whether the change log verifies. */
export async function state(): Promise<{ applications: number; screenings: number; summaries: number; organisations: number; log: number; chain: ChainResult }> {
  db = openDatabase(DB_NAME);
  await db.open();
  const [applications, screenings, summaries, organisations, log] = await Promise.all([
    db.applications.count(),
    db.screenings.count(),
    db.screeningSummaries.count(),
    db.organisations.count(),
    db.changeLog.count(),
  ]);
  return { applications, screenings, summaries, organisations, log, chain: await verifyChangeLog(db) };
}
