// Vedtak og brev, the list's full read and sort, and the IMDi export at scale, in an on-disk
// profile: a 2019 call of 50 000 applications (45 000 distinct titles, 5 500 of them decided) and a
// 2020 call of 5 500, all decided (the IMDi export's year). Each figure is printed beside a baseline measured in the same run, with the ratio and
// the target. Prints figures; asserts nothing. BENCH_PORT sets the preview server's port.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, median } from './chromium';

const PORT = Number(process.env.BENCH_PORT ?? 4175);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const BIG = 50_000;
const SMALL = 5_500;
const DISTINCT_TITLES = 45_000;
const DECIDED = 5_500;
const RUNS = 3;
const CHUNK = 5_000;
const CALLS = { big: 'call-2020', small: 'call-2020-b' } as const;
const MARKS = {
  dbOpen: 'database:apen',
  decisionStart: 'vedtaksliste:start',
  decisionFirst: 'vedtaksliste:forste-rader',
  decisionAll: 'vedtaksliste:alle-rader',
  listAll: 'soknadsliste:alle-rader',
};

function startServer(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.web.config.ts', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  return (async () => {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      try {
        if ((await fetch(BASE_URL)).ok) return server;
      } catch {
        // not up yet
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    stopServer(server);
    throw new Error(`vite preview did not start on ${BASE_URL}`);
  })();
}

function stopServer(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
}

/** The data, generated inside the page (50 000 records never cross the DevTools protocol). */
async function dataBundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { generateData } from './test/fixtures/generator/applications';
        globalThis.__decisionBenchData = (big, small, distinct, decided) => {
          const a = generateData({ applications: big, seed: 2020, municipalityId: '4601' });
          const b = generateData({ applications: small, seed: 2021, municipalityId: '4601' });
          // Titles as varied as ten years of real ones: ${DISTINCT_TITLES} distinct among ${BIG}.
          a.applications.forEach((app, i) => { app.title = app.title + ' ' + ((i % distinct) + 1); });
          const callA = { ...a.call, year: 2019, deadline: '2019-02-05', title: a.call.title.replace('2020', '2019') };
          const callB = { ...b.call, id: '${CALLS.small}', title: b.call.title + ' (ekstra runde)' };
          const appsB = b.applications.map((app, i) => ({
            ...app, id: 'appb-' + i, callId: callB.id, organisationId: a.organisations[i % a.organisations.length].id,
          }));
          const decisions = [...a.applications.slice(0, decided), ...appsB].map((app, i) => {
            const outcome = i % 3 === 2 ? 'avslatt' : 'innvilget';
            app.status = 'vedtatt';
            return {
              id: 'dec-' + i, createdAt: '2020-04-01T08:00:00.000Z', updatedAt: '2020-04-01T08:00:00.000Z',
              applicationId: app.id, outcome, amountAppliedOre: app.amountAppliedOre,
              amountGrantedOre: outcome === 'innvilget' ? app.amountAppliedOre : 0,
              justification: outcome === 'innvilget' ? '' : 'Rammen er brukt opp.', conditions: '',
              decidedAt: '2020-04-01', decidedBy: 'Benk Mark',
            };
          });
          return { calls: [callA, callB], organisations: a.organisations, applications: [...a.applications, ...appsB], decisions };
        };`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

async function fill(page: Page): Promise<void> {
  await page.evaluate(await dataBundle());
  await page.evaluate(
    async ({ big, small, distinct, decided, chunkSize }) => {
      type Make = (a: number, b: number, c: number, d: number) => Record<string, unknown[]>;
      const data = (globalThis as unknown as { __decisionBenchData: Make }).__decisionBenchData(big, small, distinct, decided);
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('tilskudd-frivillige');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const [store, rows] of Object.entries(data)) {
        for (let i = 0; i < rows.length; i += chunkSize) {
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const row of rows.slice(i, i + chunkSize)) os.put(row);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
      }
      db.close();
    },
    { big: BIG, small: SMALL, distinct: DISTINCT_TITLES, decided: DECIDED, chunkSize: CHUNK },
  );
}

async function setUp(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/`);
  await page.getByRole('combobox', { name: 'Kommune' }).fill('Bergen');
  await page.getByRole('option', { name: 'Bergen', exact: true }).click();
  await page.getByRole('textbox', { name: 'Navnet ditt' }).fill('Benk Mark');
  await page.getByRole('button', { name: 'Kom i gang' }).click();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  const t0 = Date.now();
  await fill(page);
  console.log(`  filled the database in ${((Date.now() - t0) / 1000).toFixed(1)} s (raw IndexedDB)`);
}

/** Raw IndexedDB in the page, no program code: ms for `read` (run on a settled page). */
async function rawRead(page: Page, read: { store: string; index?: string; key?: string; count?: number }): Promise<number> {
  return page.evaluate(async ({ store, index, key, count }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const t0 = performance.now();
    const os = db.transaction(store, 'readonly').objectStore(store);
    const source = index ? os.index(index) : os;
    await new Promise((resolve, reject) => {
      const req = source.getAll(key === undefined ? undefined : IDBKeyRange.only(key), count);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const took = performance.now() - t0;
    db.close();
    return took;
  }, read);
}

/** Arms a one-shot timer: from the next click (capture, before React) to the frame after it. */
async function armClick(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __took: Promise<number> }).__took = new Promise<number>((resolve) => {
      window.addEventListener(
        'click',
        () => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
        },
        { capture: true, once: true },
      );
    });
  });
}
const took = (page: Page) => page.evaluate(() => (window as unknown as { __took: Promise<number> }).__took);

async function marksSinceOpen(page: Page, names: string[]): Promise<number[]> {
  await page.waitForFunction((last) => performance.getEntriesByName(last).length > 0, names[names.length - 1]!, { timeout: 180_000 });
  return page.evaluate(
    ({ open, names }) => names.map((n) => performance.getEntriesByName(n)[0]!.startTime - performance.getEntriesByName(open)[0]!.startTime),
    { open: MARKS.dbOpen, names },
  );
}

const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2)}×`;
const line = (label: string, value: number, baseline: number, baselineLabel: string, target: string) =>
  console.log(`  ${label}: ${value.toFixed(0)} ms | ${baselineLabel}: ${baseline.toFixed(0)} ms | ratio ${ratio(value, baseline)} | target ${target}`);

/** The applications list's first rows after the database opened: the figure the decision list should match. */
async function applicationListFirstRows(page: Page): Promise<number> {
  const firsts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${BASE_URL}/#/soknader`);
    await page.reload();
    firsts.push((await marksSinceOpen(page, ['soknadsliste:forste-rader']))[0]!);
  }
  return median(firsts);
}

async function decisionList(page: Page, callId: string, size: number, listFirst: number): Promise<void> {
  const firsts: number[] = [];
  const alls: number[] = [];
  const mounts: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${BASE_URL}/#/vedtak?utlysning=${callId}`);
    await page.reload();
    const [mount, first, all] = await marksSinceOpen(page, [MARKS.decisionStart, MARKS.decisionFirst, MARKS.decisionAll]);
    mounts.push(mount!);
    firsts.push(first!);
    alls.push(all!);
  }
  await page.getByRole('checkbox', { name: 'Velg alle søknader' }).and(page.locator(':enabled')).waitFor();
  const rawAll = await rawRead(page, { store: 'applications', index: 'callId', key: callId });
  const n = size.toLocaleString('en');
  line(`Vedtak og brev ${n}: first rows painted after the database opened (median of ${RUNS})`, median(firsts), listFirst, 'Søknader, first rows, same run', '≤ 150 ms');
  // Where the first rows' time goes: before the list mounts (page code, calls) and after.
  console.log(`    of which the list mounted after: median ${median(mounts).toFixed(0)} ms; rows after mounting: median ${median(firsts.map((f, i) => f - mounts[i]!)).toFixed(0)} ms`);
  line(`Vedtak og brev ${n}: all rows and budget after the database opened`, median(alls), rawAll, "raw getAll of the call's applications", '—');

  const selects: number[] = [];
  const singles: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await armClick(page);
    await page.getByRole('checkbox', { name: 'Velg alle søknader' }).click();
    selects.push(await took(page));
    await page.getByRole('checkbox', { name: 'Velg alle søknader' }).click();
    await armClick(page);
    await page.getByRole('table', { name: 'Søknader og vedtak' }).getByRole('checkbox').nth(1).click();
    singles.push(await took(page));
    await page.getByRole('table', { name: 'Søknader og vedtak' }).getByRole('checkbox').nth(1).click();
  }
  line(`Vedtak og brev ${n}: «Velg alle» click → painted (median of ${RUNS})`, median(selects), median(singles), 'one row ticked', '≤ 100 ms');
}

async function applicationList(page: Page): Promise<void> {
  // Baseline first, on a settled page that is not reading the list.
  await page.goto(`${BASE_URL}/#/`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  await page.waitForTimeout(2_000);
  const raw = median(await Promise.all([0].map(() => rawRead(page, { store: 'applications' }))));
  const alls: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${BASE_URL}/#/soknader`);
    await page.reload();
    alls.push((await marksSinceOpen(page, [MARKS.listAll]))[0]!);
  }
  line(`Søknader ${(BIG + SMALL).toLocaleString('en')}: all rows in memory after the database opened (median of ${RUNS})`, median(alls), raw, 'raw getAll of applications', '≤ 1.2×');

  // Sort by title: the ranks are made in idle time once all rows are in; give it that time.
  await page.waitForTimeout(3_000);
  const collate = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('tilskudd-frivillige');
      req.onsuccess = () => resolve(req.result);
    });
    const titles = await new Promise<string[]>((resolve) => {
      const req = db.transaction('applications').objectStore('applications').getAll();
      req.onsuccess = () => resolve((req.result as { title: string }[]).map((a) => a.title));
    });
    db.close();
    const distinct = [...new Set(titles)];
    const t0 = performance.now();
    distinct.sort(new Intl.Collator('nb', { numeric: true }).compare);
    return { ms: performance.now() - t0, distinct: distinct.length };
  });
  const sorts: number[] = [];
  for (const column of ['Tittel', 'Tittel', 'Organisasjon', 'Tittel']) {
    await armClick(page);
    await page.getByRole('columnheader', { name: column }).getByRole('button').click();
    sorts.push(await took(page));
  }
  line(
    `Søknader: sort by title/organisation click → painted, ${collate.distinct.toLocaleString('en')} distinct titles (median of ${sorts.length}, max ${Math.max(...sorts).toFixed(0)})`,
    median(sorts),
    collate.ms,
    'collating the distinct titles once (what each click did before)',
    '≤ 100 ms',
  );
}

async function imdiExport(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/#/`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
  await page.waitForTimeout(1_000);
  // What the export must read at least: the year's applications, the decisions, the organisations.
  const raws = [
    await rawRead(page, { store: 'applications', index: 'callId', key: CALLS.small }),
    await rawRead(page, { store: 'decisions' }),
    await rawRead(page, { store: 'organisations' }),
  ];
  const raw = raws.reduce((a, b) => a + b, 0);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${BASE_URL}/#/`);
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    const t0 = Date.now();
    await page.getByRole('navigation').getByRole('link', { name: 'Eksport' }).click();
    const save = page.getByRole('button', { name: 'Lagre CSV' });
    await save.waitFor({ timeout: 120_000 });
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await save.click();
    await (await download).path();
    times.push(Date.now() - t0);
  }
  line(`IMDi export 2020, ${SMALL.toLocaleString('en')} decisions: page → CSV file (median of ${RUNS})`, median(times), raw, 'raw reads of the year\'s applications, decisions, organisations', '≤ 500 ms');
}

export async function benchDecisionList(): Promise<void> {
  console.log(`\nVedtak og brev, list read and sort, IMDi export: calls of ${BIG.toLocaleString('en')} (2019) and ${SMALL.toLocaleString('en')} (2020) applications, on-disk profile`);
  const kept = process.env.BENCH_DECISIONS_PROFILE;
  const profile = kept ?? mkdtempSync(join(tmpdir(), 'bench-vedtak-'));
  const filled = kept !== undefined && existsSync(join(kept, 'bench-filled'));
  const server = await startServer();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    if (!filled) await setUp(page);
    if (kept) writeFileSync(join(kept, 'bench-filled'), '');
    const listFirst = await applicationListFirstRows(page);
    await decisionList(page, CALLS.small, SMALL, listFirst);
    await decisionList(page, CALLS.big, BIG, listFirst);
    await applicationList(page);
    await imdiExport(page);
  } finally {
    await context.close();
    stopServer(server);
    if (!kept) rmSync(profile, { recursive: true, force: true });
  }
}

// Run on its own: `npx tsx scripts/bench/decision-list.ts` (after `npm run build`).
if (process.argv[1]?.endsWith('decision-list.ts')) await benchDecisionList();
