// Backup and restore of a 50 000-application database with letters (random, incompressible bytes
// of a real letter's size), in Chromium with an on-disk profile, each beside its raw baseline from
// the same run: raw read + stringify for the backup, raw put in one transaction for the restore.
// Peak JS heap sampled through the DevTools protocol. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { BASE_URL, CHROMIUM_ARGS, startPreviewServer, stopServer } from './chromium';
import { fillDatabase } from './application-list';
import { backupBundle } from './backup-bundle';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 4_000);
const LETTER_BYTES = Number(process.env.BENCH_LETTER_BYTES ?? 60_000);
const MB = 1024 * 1024;

/** Runs `work` while sampling the page's used JS heap every 100 ms; the peak in MB. */
async function withPeakHeap<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  let peak = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usedSize);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    return { result: await work(), peakMb: peak / MB };
  } finally {
    running = false;
    await sampler;
  }
}

async function addLetters(page: Page): Promise<void> {
  await page.evaluate(
    async ({ letters, size }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('tilskudd-frivillige');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const at = '2024-05-01T10:00:00.000Z';
      for (let i = 0; i < letters; i += 200) {
        const tx = db.transaction('letters', 'readwrite');
        for (let j = i; j < Math.min(letters, i + 200); j++) {
          const bytes = new Uint8Array(size);
          for (let k = 0; k < size; k += 65536) crypto.getRandomValues(bytes.subarray(k, Math.min(size, k + 65536)));
          tx.objectStore('letters').put({
            id: `letter-${j}`, createdAt: at, updatedAt: at, decisionId: `dec-${j}`, kind: 'innvilgelse', language: 'nb',
            sha256: 'a'.repeat(64), bytes,
          });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
      }
      db.close();
    },
    { letters: LETTERS, size: LETTER_BYTES },
  );
}

type Backup = {
  createBackup: (db: unknown, now: Date) => Promise<{ blob: Blob }>;
  inspectBackup: (blob: Blob, options?: object) => Promise<{ ok: boolean; error?: string; backup?: unknown }>;
  restoreBackup: (ctx: unknown, backup: unknown) => Promise<void>;
  getDb: () => { close: () => void; backendDB: () => IDBDatabase; open: () => Promise<unknown>; tables: { name: string }[] };
  defaultContext: (db: unknown) => unknown;
};

export async function benchBackup(): Promise<void> {
  console.log(`\nBackup and restore: 50,000 applications and ${LETTERS.toLocaleString('en')} letters of ${(LETTER_BYTES / 1000).toFixed(0)} kB, on-disk profile`);
  const profile = mkdtempSync(join(tmpdir(), 'bench-backup-'));
  const server = await startPreviewServer();
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('combobox', { name: 'Kommune' }).fill('Bergen');
    await page.getByRole('option', { name: 'Bergen', exact: true }).click();
    await page.getByRole('textbox', { name: 'Navnet ditt' }).fill('Benk Mark');
    await page.getByRole('button', { name: 'Kom i gang' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    const t0 = Date.now();
    await fillDatabase(page);
    await addLetters(page);
    console.log(`  filled in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    // A page without the program's own live queries: only the measured work runs.
    await page.goto(`${BASE_URL}/#/benk-uten-side`);
    await page.evaluate(await backupBundle());
    // tsx names arrow functions with a __name() helper the page lacks.
    await page.evaluate('globalThis.__name = (f) => f');
    const cdp = await context.newCDPSession(page);
    const ratio = (a: number, b: number) => (a / b).toFixed(2);

    // Baseline: every table read raw in one transaction and written out as JSON (bytes into a Blob).
    const rawRead = await withPeakHeap(cdp, () =>
      page.evaluate(async () => {
        const b = (globalThis as unknown as { __backup: Backup }).__backup;
        const db = b.getDb();
        await db.open();
        const idb = db.backendDB();
        const names = db.tables.map((t) => t.name).filter((n) => n !== 'screeningSummaries');
        const t = performance.now();
        const tx = idb.transaction(names, 'readonly');
        const all = await Promise.all(names.map((n) => new Promise<unknown[]>((resolve, reject) => {
          const req = tx.objectStore(n).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        })));
        const parts: BlobPart[] = [];
        for (const rows of all) {
          parts.push(JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? (parts.push(v as Uint8Array<ArrayBuffer>), parts.length) : v)));
        }
        const size = new Blob(parts).size;
        return { ms: performance.now() - t, size };
      }),
    );

    console.log(`  raw read + stringify (baseline): ${(rawRead.result.ms / 1000).toFixed(1)} s, ${(rawRead.result.size / MB).toFixed(0)} MiB, peak heap ${rawRead.peakMb.toFixed(0)} MB`);

    const backup = await withPeakHeap(cdp, () =>
      page.evaluate(async () => {
        const b = (globalThis as unknown as { __backup: Backup }).__backup;
        const t = performance.now();
        const { blob } = await b.createBackup(b.getDb(), new Date());
        (globalThis as unknown as { __blob: Blob }).__blob = blob;
        return { ms: performance.now() - t, size: blob.size };
      }),
    );

    console.log(`  backup (zip, chunks): ${(backup.result.ms / 1000).toFixed(1)} s, ${(backup.result.size / MB).toFixed(0)} MiB, peak heap ${backup.peakMb.toFixed(0)} MB — ${ratio(backup.result.ms, rawRead.result.ms)}× the baseline (target ≤ 2×, heap ≤ 500 MB)`);

    // Baseline: every row put back raw in one transaction (read beforehand, not timed).
    const rawPut = await withPeakHeap(cdp, () =>
      page.evaluate(async () => {
        const b = (globalThis as unknown as { __backup: Backup }).__backup;
        const idb = b.getDb().backendDB();
        const names = b.getDb().tables.map((t) => t.name).filter((n) => n !== 'screeningSummaries');
        const read = idb.transaction(names, 'readonly');
        const all = await Promise.all(names.map((n) => new Promise<unknown[]>((resolve) => {
          const req = read.objectStore(n).getAll();
          req.onsuccess = () => resolve(req.result);
        })));
        const t = performance.now();
        const tx = idb.transaction(names, 'readwrite');
        names.forEach((n, i) => {
          const store = tx.objectStore(n);
          store.clear();
          for (const row of all[i]!) store.put(row);
        });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        return { ms: performance.now() - t, size: 0 };
      }),
    );

    console.log(`  raw put in one transaction (baseline): ${(rawPut.result.ms / 1000).toFixed(1)} s, peak heap ${rawPut.peakMb.toFixed(0)} MB`);

    const restore = await withPeakHeap(cdp, () =>
      page.evaluate(async () => {
        const b = (globalThis as unknown as { __backup: Backup }).__backup;
        const blob = (globalThis as unknown as { __blob: Blob }).__blob;
        const t = performance.now();
        const inspected = await b.inspectBackup(blob, { checkAnchor: async () => true });
        if (!inspected.ok) throw new Error(inspected.error);
        const checkedMs = performance.now() - t;
        await b.restoreBackup(b.defaultContext(b.getDb()), inspected.backup);
        return { ms: performance.now() - t, checkedMs, size: 0 };
      }),
    );

    console.log(`  restore (check ${(restore.result.checkedMs / 1000).toFixed(1)} s + write in one transaction): ${(restore.result.ms / 1000).toFixed(1)} s, peak heap ${restore.peakMb.toFixed(0)} MB — ${ratio(restore.result.ms, rawPut.result.ms)}× the baseline (target ≤ 1.5×, heap ≤ 500 MB)`);
    console.log(`    of which the write alone: ${((restore.result.ms - restore.result.checkedMs) / 1000).toFixed(1)} s — ${ratio(restore.result.ms - restore.result.checkedMs, rawPut.result.ms)}×`);
  } finally {
    await context.close();
    stopServer(server);
    rmSync(profile, { recursive: true, force: true });
  }
}
