// Vedtak og brev and the IMDi export at scale, in an on-disk profile: this year's call of 50 000
// open applications and the 2020 call of 5 500, decided with letters (the export's year). First
// rows after the program's own indexedDB.open call beside Søknader's in the same run, all rows beside
// a raw open + read of the call, «Velg alle» beside ticking one row, and the export beside the
// warm raw reads it must do.
import type { Page } from '@playwright/test';
import { CURRENT_CALL, DECISION_CALLS, EXPORT_CALL, EXPORT_YEAR, type StepSize } from './datasets';
import { DB_MARKS, cpuProfiled, marksAfter, median, medianOf, openBlank, rawOpenAndRead, startAt, timeToPaint, withProgram } from './harness';
import { recordFigure } from './results';

/** The figures this step records, by call size (the tiny test checks they all come). */
export const DECISION_FIGURES = {
  small: {
    firstRows: 'Vedtak og brev 5 500: first rows after indexedDB.open',
    allRows: 'Vedtak og brev 5 500: all rows after indexedDB.open',
    selectAll: 'Vedtak og brev 5 500: «Velg alle» → painted',
  },
  big: {
    firstRows: 'Vedtak og brev 50 000: first rows after indexedDB.open',
    allRows: 'Vedtak og brev 50 000: all rows after indexedDB.open',
    selectAll: 'Vedtak og brev 50 000: «Velg alle» → painted',
  },
  export: 'IMDi export 2020: year chosen → CSV file',
} as const;

const RUNS: Record<StepSize, number> = { full: 3, tiny: 1 };
const MARKS = {
  start: 'vedtaksliste:start',
  first: 'vedtaksliste:forste-rader',
  all: 'vedtaksliste:alle-rader',
  listFirst: 'soknadsliste:forste-rader',
  listAll: 'soknadsliste:alle-rader',
};

/** Søknader's first rows after indexedDB.open in this profile: the figure Vedtak og brev should match. */
async function applicationListFirstRows(page: Page, runs: number): Promise<number> {
  const firsts: number[] = [];
  for (let i = 0; i < runs; i++) {
    await startAt(page, '#/soknader');
    firsts.push((await marksAfter(page, DB_MARKS.openCall, [MARKS.listFirst, MARKS.listAll]))[0]!);
  }
  console.log(`  Søknader, first rows after indexedDB.open (the baseline): ${medianOf(firsts)} ms`);
  return median(firsts);
}

async function decisionList(page: Page, callId: string, names: { firstRows: string; allRows: string; selectAll: string }, listFirst: number, runs: number): Promise<void> {
  const loads: { mount: number; first: number; all: number; fromReady: number }[] = [];
  const load = async () => {
    await startAt(page, `#/vedtak?utlysning=${callId}`);
    return marksAfter(page, DB_MARKS.openCall, [DB_MARKS.ready, MARKS.start, MARKS.first, MARKS.all]);
  };
  for (let i = 0; i < runs; i++) {
    // The last load under the profiler when BENCH_CPU_PROFILE is set.
    const [ready, mount, first, all] = await (i < runs - 1 ? load() : cpuProfiled(page, `vedtak-${callId}`, load));
    loads.push({ mount: mount!, first: first!, all: all!, fromReady: first! - ready! });
  }
  const each = (f: (l: (typeof loads)[number]) => number) => loads.map(f);
  const select = page.getByRole('checkbox', { name: 'Velg alle søknader' });
  await select.and(page.locator(':enabled')).waitFor();
  console.log(`  ${names.firstRows}: ${medianOf(each((l) => l.first))} ms`);
  // Where the time goes: before the list mounts (page code, calls) and after.
  console.log(`    list mounted after ${medianOf(each((l) => l.mount))} ms; rows after mounting ${medianOf(each((l) => l.first - l.mount))} ms; after the database opened (database:apen) ${medianOf(each((l) => l.fromReady))} ms`);
  recordFigure({ name: names.firstRows, value: median(each((l) => l.first)), unit: 'ms', baseline: listFirst, target: 150 });

  const selects: number[] = [];
  const singles: number[] = [];
  const row = page.getByRole('table', { name: 'Søknader og vedtak' }).getByRole('checkbox').nth(1);
  for (let i = 0; i < runs; i++) {
    selects.push(await timeToPaint(page, 'click', () => select.click()));
    await select.click();
    singles.push(await timeToPaint(page, 'click', () => row.click()));
    await row.click();
  }
  recordFigure({ name: names.selectAll, value: median(selects), unit: 'ms', baseline: median(singles), target: 100 });

  const raw = await rawOpenAndRead(page, [{ store: 'applications', index: 'callId', key: callId }], runs);
  console.log(`    all ${raw.rows.toLocaleString('en')} rows: ${medianOf(each((l) => l.all))} ms; raw open + getAll of the call's applications on a blank page ${raw.ms.toFixed(0)} ms`);
  recordFigure({ name: names.allRows, value: median(each((l) => l.all)), unit: 'ms', baseline: raw.ms });
}

/**
 * The reads the export must do, as the program does them (collect-export.ts), warm, raw: the year's
 * calls by year, then per call at once its application heads (and the count of its applications),
 * decisions, payments and reports on their callId indexes (schema v22), then the organisations by key.
 * Beside it (`msByIds`, printed only) the reads before v22: decisions by applicationId, payments and
 * reports by decisionId (one key range over the span of the wanted ids each, filtered: the ids are
 * random UUIDs, as the program's, so that span is most of the index).
 */
async function exportReads(page: Page): Promise<{ ms: number; msByIds: number; decisions: number }> {
  await openBlank(page);
  return page.evaluate(
    async ({ year }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('tilskudd-frivillige');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const request = <T>(req: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      const times: number[] = [];
      const timesByIds: number[] = [];
      let decided = 0;
      const byCall = async () => {
        const tx = db.transaction(['calls', 'applications', 'applicationHeads', 'decisions', 'payments', 'reports', 'organisations'], 'readonly');
        const calls = (await request(tx.objectStore('calls').index('year').getAll(year))) as { id: string }[];
        const ofCalls = (store: string) => Promise.all(calls.map((c) => request(tx.objectStore(store).index('callId').getAll(c.id)))).then((r) => r.flat());
        const [apps, decisions] = (await Promise.all([
          Promise.all(calls.map(async (c) => (await Promise.all([request(tx.objectStore('applicationHeads').index('callId').getAll(c.id)), request(tx.objectStore('applications').index('callId').count(c.id))]))[0])).then((r) => r.flat()),
          ofCalls('decisions'),
          ofCalls('payments'),
          ofCalls('reports'),
        ])) as [{ organisationId: string }[], unknown[], unknown[], unknown[]];
        await Promise.all([...new Set(apps.map((a) => a.organisationId))].map((id) => request(tx.objectStore('organisations').get(id))));
        return decisions.length;
      };
      // Once to warm, then three measured.
      for (let run = 0; run < 4; run++) {
        const t1 = performance.now();
        const ofCall = await byCall();
        if (run > 0) times.push(performance.now() - t1);
        const t0 = performance.now();
        const tx = db.transaction(['calls', 'applications', 'applicationHeads', 'decisions', 'payments', 'reports', 'organisations'], 'readonly');
        const calls = (await request(tx.objectStore('calls').index('year').getAll(year))) as { id: string }[];
        // The applications' heads (schema v21: what the report needs of them), beside the count of the whole records it checks them against.
        const apps = (
          await Promise.all(
            calls.map(async (c) => (await Promise.all([request(tx.objectStore('applicationHeads').index('callId').getAll(c.id)), request(tx.objectStore('applications').index('callId').count(c.id))]))[0]),
          )
        ).flat() as { id: string; organisationId: string }[];
        const appIds = new Set(apps.map((a) => a.id));
        const sortedApps = [...appIds].sort();
        const decisions = apps.length === 0 ? [] : ((await request(tx.objectStore('decisions').index('applicationId').getAll(IDBKeyRange.bound(sortedApps[0], sortedApps.at(-1))))) as { id: string; applicationId: string }[]).filter((d) => appIds.has(d.applicationId));
        const decisionIds = decisions.map((d) => d.id).sort();
        const byDecision = decisionIds.length === 0 ? undefined : IDBKeyRange.bound(decisionIds[0], decisionIds.at(-1));
        const orgIds = [...new Set(apps.map((a) => a.organisationId))];
        await Promise.all([
          request(tx.objectStore('payments').index('decisionId').getAll(byDecision)),
          request(tx.objectStore('reports').index('decisionId').getAll(byDecision)),
          ...orgIds.map((id) => request(tx.objectStore('organisations').get(id))),
        ]);
        if (run > 0) timesByIds.push(performance.now() - t0);
        if (ofCall !== decisions.length) throw new Error(`The export's decisions by call (${ofCall}) and by application (${decisions.length}) differ`);
        decided = decisions.length;
      }
      db.close();
      times.sort((a, b) => a - b);
      timesByIds.sort((a, b) => a - b);
      return { ms: times[1]!, msByIds: timesByIds[1]!, decisions: decided };
    },
    { year: EXPORT_YEAR },
  );
}

/**
 * One export: Eksport opened, the default year's report done, then 2020 chosen → the CSV file
 * handed to the browser; ms, measured in the page: from the click on the year to its summary
 * painted, plus from the click on «Lagre CSV» to the file's bytes handed over (URL.createObjectURL,
 * as platform/download.ts saves). The bench's own round trip between the two clicks and the
 * browser's writing of the download to disk are not the program's and are left out.
 * With `profile`, that part is recorded under the CPU profiler (BENCH_CPU_PROFILE).
 */
async function exportOnce(page: Page, profile?: string): Promise<number> {
  await startAt(page, '#/eksport');
  // The page opens on the newest year (this year's open call); let its report finish first, so
  // the figure is 2020's work alone.
  await page.getByRole('heading', { level: 2, name: /^Sammendrag for \d{4}$/ }).waitFor({ timeout: 300_000 });
  await page.getByRole('combobox', { name: 'År' }).click();
  // tsx names the arrow functions below with a __name() helper the page lacks.
  await page.evaluate('globalThis.__name ??= (f) => f;');
  await page.evaluate((year) => {
    const w = window as unknown as { __exportTimes: { clicks: number[]; shown?: number; handed?: number } };
    const times: { clicks: number[]; shown?: number; handed?: number } = { clicks: [] };
    w.__exportTimes = times;
    window.addEventListener('click', () => times.clicks.push(performance.now()), { capture: true });
    const heading = 'Sammendrag for ' + String(year);
    const watch = () => {
      if ([...document.querySelectorAll('h2')].some((h) => h.textContent === heading)) times.shown = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      times.handed ??= performance.now();
      return original(object);
    };
  }, EXPORT_YEAR);
  const timed = async () => {
    const download = page.waitForEvent('download', { timeout: 300_000 });
    await page.getByRole('option', { name: String(EXPORT_YEAR) }).click();
    await page.getByRole('heading', { level: 2, name: `Sammendrag for ${EXPORT_YEAR}` }).waitFor({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Lagre CSV' }).click();
    await (await download).path();
    return page.evaluate(() => {
      const t = (window as unknown as { __exportTimes: { clicks: number[]; shown: number; handed: number } }).__exportTimes;
      return t.shown - t.clicks[0]! + (t.handed - t.clicks[t.clicks.length - 1]!);
    });
  };
  return profile ? cpuProfiled(page, profile, timed) : timed();
}

async function imdiExport(page: Page, runs: number): Promise<void> {
  const raw = await exportReads(page);
  const times: number[] = [];
  // The last one under the profiler when BENCH_CPU_PROFILE is set.
  for (let i = 0; i < runs; i++) times.push(await exportOnce(page, i === runs - 1 ? 'imdi-export' : undefined));
  console.log(`  IMDi export ${EXPORT_YEAR}, ${raw.decisions.toLocaleString('en')} decisions: year chosen → summary shown + «Lagre CSV» → file handed to the browser ${medianOf(times)} ms; warm raw reads of what it must read ${raw.ms.toFixed(0)} ms (by application and decision ids, as before schema v22: ${raw.msByIds.toFixed(0)} ms)`);
  recordFigure({ name: DECISION_FIGURES.export, value: median(times), unit: 'ms', baseline: raw.ms, target: 500 });
}

async function measure(page: Page, size: StepSize): Promise<void> {
  const runs = RUNS[size];
  const listFirst = await applicationListFirstRows(page, runs);
  await decisionList(page, EXPORT_CALL, DECISION_FIGURES.small, listFirst, runs);
  await decisionList(page, CURRENT_CALL, DECISION_FIGURES.big, listFirst, runs);
  await imdiExport(page, runs);
}

export async function benchDecisionList(size: StepSize = 'full'): Promise<void> {
  console.log(`\nVedtak og brev and the IMDi export: this year's call and the 2020 call (${size}), on-disk profile`);
  await withProgram(DECISION_CALLS[size], (page) => measure(page, size), { acceptDownloads: true });
}
