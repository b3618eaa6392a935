// The change log page with 100 000 entries in an on-disk profile: from a reload to the first page of
// readable rows painted (every entry read, its subject named by bulk look-ups), beside a raw open +
// getAll of every entry, and a filter typed to its count.
//
// Its own data, not the generator's: the figure is about the log's length, and the generator's
// history reaches 100 000 entries only with ~25 000 applications and their decisions, letters and
// payments chained with a SHA-256 each (minutes of filling). The page does not verify the chain here.
import type { Page } from '@playwright/test';
import { BASE_URL, DB_NAME, median, medianOf, rawOpenAndRead, startAt, withProgram, type Dataset } from './harness';
import { recordFigure } from './results';
import type { StepSize } from './datasets';
import { seededUuids } from './generate';

/** The figures this step records (the tiny test checks they all come). */
export const CHANGE_LOG_FIGURES = {
  firstPage: 'Endringslogg: reload → first page of readable rows',
  filter: 'Endringslogg: filter typed → count',
} as const;

const SIZES: Record<StepSize, { entries: number; applications: number; organisations: number; runs: number }> = {
  full: { entries: 100_000, applications: 5_000, organisations: 1_000, runs: 3 },
  tiny: { entries: 500, applications: 50, organisations: 10, runs: 1 },
};

function changeLogDataset(size: StepSize): Dataset {
  const { entries, applications, organisations } = SIZES[size];
  // UUID-shaped, as the program's ids: the subjects a page names lie scattered over their tables.
  const newId = seededUuids(2026);
  const organisationIds = Array.from({ length: organisations }, newId);
  const applicationIds = Array.from({ length: applications }, newId);
  return {
    name: `change-log-${size}`,
    async fill(page) {
      await page.evaluate('globalThis.__name ??= (f) => f');
      await page.evaluate(
        async ({ entries, applications, organisations, organisationIds, applicationIds, dbName }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const req = indexedDB.open(dbName);
            req.onsuccess = () => resolve(req.result);
            req.onerror = () => reject(req.error);
          });
          const at = '2024-03-01T10:00:00.000Z';
          const hash = '0'.repeat(64);
          const put = async (store: string, rows: unknown[]) => {
            for (let i = 0; i < rows.length; i += 5_000) {
              const tx = db.transaction(store, 'readwrite');
              const os = tx.objectStore(store);
              for (const row of rows.slice(i, i + 5_000)) os.put(row);
              await new Promise<void>((resolve, reject) => {
                tx.oncomplete = () => resolve();
                tx.onerror = () => reject(tx.error);
              });
            }
          };
          await put('calls', [{ id: 'bench-call', title: 'Tilskudd 2024', year: 2024, createdAt: at, updatedAt: at }]);
          await put('organisations', Array.from({ length: organisations }, (_, i) => ({ id: organisationIds[i]!, name: `Organisasjon ${i}`, orgnr: String(900000000 + i), createdAt: at, updatedAt: at })));
          await put('applications', Array.from({ length: applications }, (_, i) => ({ id: applicationIds[i]!, title: `Søknad ${i}`, organisationId: organisationIds[i % organisations]!, callId: 'bench-call', createdAt: at, updatedAt: at })));
          const log = Array.from({ length: entries }, (_, i) => {
            const id = applicationIds[i % applications]!;
            return {
              at, actor: 'Benk Mark', entity: 'applications', entityId: id, action: 'endret', prevHash: hash, hash,
              before: { id, title: `Søknad ${i % applications}`, amountAppliedOre: 4_000_000 + i, receivedDate: '2024-02-01', updatedAt: at },
              after: { id, title: `Søknad ${i % applications}`, amountAppliedOre: 4_100_000 + i, receivedDate: '2024-02-02', updatedAt: at },
            };
          });
          await put('changeLog', log);
          db.close();
        },
        { entries, applications, organisations, organisationIds, applicationIds, dbName: DB_NAME },
      );
      return `${entries.toLocaleString('en')} change-log entries about ${applications.toLocaleString('en')} applications`;
    },
  };
}

/** A reload of the change log page to its first data row painted. */
async function load(page: Page): Promise<number> {
  await page.goto(`${BASE_URL}/#/innstillinger/endringslogg`);
  const t0 = Date.now();
  await page.reload();
  await page.getByRole('table', { name: 'Endringslogg, nyeste først' }).getByRole('row').nth(1).waitFor({ timeout: 300_000 });
  return Date.now() - t0;
}

async function measure(page: Page, size: StepSize): Promise<void> {
  const { runs } = SIZES[size];
  const raw = await rawOpenAndRead(page, [{ store: 'changeLog' }], runs);
  await startAt(page, '#/');
  const loads: number[] = [];
  for (let i = 0; i < runs; i++) loads.push(await load(page));
  console.log(`  reload → first page of readable rows: ${medianOf(loads)} ms; raw open + getAll of all ${raw.rows.toLocaleString('en')} entries on a blank page ${raw.ms.toFixed(0)} ms`);
  recordFigure({ name: CHANGE_LOG_FIGURES.firstPage, value: median(loads), unit: 'ms', baseline: raw.ms });

  const search = page.getByRole('searchbox', { name: 'Søk' });
  const filters: number[] = [];
  for (const text of ['søknad 42', 'organisasjon 7', 'søkt beløp'].slice(0, runs)) {
    const start = Date.now();
    await search.fill(text);
    await page.getByTestId('change-log-count').filter({ hasText: ' av ' }).waitFor();
    filters.push(Date.now() - start);
    await search.fill('');
  }
  console.log(`  filter typed → count shown: ${medianOf(filters)} ms`);
  recordFigure({ name: CHANGE_LOG_FIGURES.filter, value: median(filters), unit: 'ms' });
}

export async function benchChangeLog(size: StepSize = 'full'): Promise<void> {
  console.log(`\nEndringslogg: ${SIZES[size].entries.toLocaleString('en')} entries, on-disk profile`);
  await withProgram(changeLogDataset(size), (page) => measure(page, size));
}
