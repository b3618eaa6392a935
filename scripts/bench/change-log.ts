// The change log page with 100 000 entries in an on-disk profile: from a reload to the first page of
// rows painted (every entry read, its subject named by bulk look-ups), and a filter keystroke.
// Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, median, startPreviewServer, stopServer } from './chromium';

const ENTRIES = 100_000;
const APPLICATIONS = 5_000;
const ORGANISATIONS = 1_000;
const CHUNK = 5_000;
const RELOADS = 3;

/** Raw IndexedDB in the page: a call, organisations, applications and edits of them in the log. */
async function fill(page: Page): Promise<void> {
  // tsx names the arrow functions below with a __name() helper the page lacks.
  await page.evaluate('globalThis.__name = (f) => f');
  await page.evaluate(
    async ({ entries, applications, organisations, chunk }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('tilskudd-frivillige');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const at = '2024-03-01T10:00:00.000Z';
      const hash = '0'.repeat(64);
      const put = async (store: string, rows: unknown[]) => {
        for (let i = 0; i < rows.length; i += chunk) {
          const tx = db.transaction(store, 'readwrite');
          const os = tx.objectStore(store);
          for (const row of rows.slice(i, i + chunk)) os.put(row);
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
        }
      };
      await put('calls', [{ id: 'bench-call', title: 'Tilskudd 2024', year: 2024, createdAt: at, updatedAt: at }]);
      await put('organisations', Array.from({ length: organisations }, (_, i) => ({ id: `org-${i}`, name: `Organisasjon ${i}`, orgnr: String(900000000 + i), createdAt: at, updatedAt: at })));
      await put('applications', Array.from({ length: applications }, (_, i) => ({ id: `app-${i}`, title: `Søknad ${i}`, organisationId: `org-${i % organisations}`, callId: 'bench-call', createdAt: at, updatedAt: at })));
      const log = Array.from({ length: entries }, (_, i) => {
        const id = `app-${i % applications}`;
        return {
          at, actor: 'Benk Mark', entity: 'applications', entityId: id, action: 'endret', prevHash: hash, hash,
          before: { id, title: `Søknad ${i % applications}`, amountAppliedOre: 4_000_000 + i, receivedDate: '2024-02-01', updatedAt: at },
          after: { id, title: `Søknad ${i % applications}`, amountAppliedOre: 4_100_000 + i, receivedDate: '2024-02-02', updatedAt: at },
        };
      });
      await put('changeLog', log);
      db.close();
    },
    { entries: ENTRIES, applications: APPLICATIONS, organisations: ORGANISATIONS, chunk: CHUNK },
  );
}

/** A reload of the change log page to its first data row painted. */
async function load(page: Page): Promise<number> {
  await page.goto(`${BASE_URL}/#/innstillinger/endringslogg`);
  const t0 = Date.now();
  await page.reload();
  await page.getByRole('table', { name: 'Endringslogg, nyeste først' }).getByRole('row').nth(1).waitFor({ timeout: 300_000 });
  return Date.now() - t0;
}

export async function benchChangeLog(): Promise<void> {
  console.log(`\nChange log: ${ENTRIES.toLocaleString('en')} entries about ${APPLICATIONS.toLocaleString('en')} applications, on-disk profile`);
  const profile = mkdtempSync(join(tmpdir(), 'bench-endringslogg-'));
  const server = await startPreviewServer();
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1366, height: 900 } });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('combobox', { name: 'Kommune' }).fill('Bergen');
    await page.getByRole('option', { name: 'Bergen', exact: true }).click();
    await page.getByRole('textbox', { name: 'Navnet ditt' }).fill('Benk Mark');
    await page.getByRole('button', { name: 'Kom i gang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    const t0 = Date.now();
    await fill(page);
    console.log(`  filled the database in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

    // For scale: the raw read of every entry, and the program's start on another page.
    const raw = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const t = performance.now();
          const req = indexedDB.open('tilskudd-frivillige');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('changeLog').objectStore('changeLog').getAll();
            all.onsuccess = () => {
              req.result.close();
              resolve(performance.now() - t);
            };
          };
        }),
    );
    console.log(`  raw IndexedDB getAll of every entry: ${raw.toFixed(0)} ms`);
    await page.goto(`${BASE_URL}/#/`);
    const s0 = Date.now();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor({ timeout: 300_000 });
    console.log(`  reload → Oversikt shown (for comparison): ${Date.now() - s0} ms`);

    const loads: number[] = [];
    for (let i = 0; i < RELOADS; i++) loads.push(await load(page));
    console.log(`  reload → first page of readable rows painted: median ${median(loads).toFixed(0)} ms (${loads.join(', ')})`);

    const search = page.getByRole('searchbox', { name: 'Søk' });
    const filters: number[] = [];
    for (const text of ['søknad 42', 'organisasjon 7', 'søkt beløp']) {
      const start = Date.now();
      await search.fill(text);
      await page.getByTestId('change-log-count').filter({ hasText: ' av ' }).waitFor();
      filters.push(Date.now() - start);
      await search.fill('');
    }
    console.log(`  filter typed → count shown: median ${median(filters).toFixed(0)} ms (${filters.join(', ')})`);
  } finally {
    await context.close();
    stopServer(server);
    rmSync(profile, { recursive: true, force: true });
  }
}
