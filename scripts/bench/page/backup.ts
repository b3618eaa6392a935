// Runs in the page (bundled by ../backup.ts): the realistic database filled through the program's
// own Dexie (so letters get their heads), then the backup and the restore as the program runs them
// — in its built worker — each beside its raw baseline from the same page, with the longest stretch
// the page's main thread could not answer while the work ran.
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import type { Letter } from '@renderer/domain/letter';
import { BACKUP_TABLES } from '@renderer/services/backup/backup-tables';
import { createBackup } from '@renderer/services/backup/create-backup';
import { inspectBackup } from '@renderer/services/backup/inspect-backup';
import { setBackupWorkerFactory, startBackupJob } from '@renderer/workers/backup/backup-client';
import { FULL_SIZE, TINY_SIZE, generateBenchData } from '../generate';

const CHUNK = 5_000;
let db: AppDatabase;
let backupBlob: Blob | null = null;

export function useBuiltWorker(url: string): void {
  setBackupWorkerFactory(() => new Worker(url, { type: 'module' }));
}

/** The realistic database (ten calls, change log, letters with PDFs) and `letters` large letters. */
export async function fill(sizeName: 'full' | 'tiny', letters: number, letterBytes: number): Promise<{ rows: number; ms: number }> {
  const t0 = performance.now();
  db = openDatabase();
  await db.open();
  const data = generateBenchData(sizeName === 'full' ? FULL_SIZE : TINY_SIZE);
  let rows = 0;
  for (const [table, list] of Object.entries(data) as [string, unknown[]][]) {
    for (let i = 0; i < list.length; i += CHUNK) await db.table(table).bulkPut(list.slice(i, i + CHUNK));
    rows += list.length;
  }
  const at = '2024-05-01T10:00:00.000Z';
  for (let i = 0; i < letters; i += 200) {
    const batch: Letter[] = [];
    for (let j = i; j < Math.min(letters, i + 200); j++) {
      // Random bytes: a PDF with embedded fonts hardly compresses either.
      const bytes = new Uint8Array(letterBytes);
      for (let k = 0; k < letterBytes; k += 65536) crypto.getRandomValues(bytes.subarray(k, Math.min(letterBytes, k + 65536)));
      batch.push({ id: `bench-large-letter-${j}`, createdAt: at, updatedAt: at, decisionId: `dec-${j}`, kind: 'innvilgelse', language: 'nb', sha256: 'a'.repeat(64), bytes } as Letter);
    }
    await db.letters.bulkPut(batch);
    rows += batch.length;
  }
  return { rows, ms: performance.now() - t0 };
}

/** The longest gap between timer ticks on the page's main thread while `work` runs. */
async function withLongestTask<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; longestTaskMs: number }> {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 10);
  };
  setTimeout(tick, 10);
  const t0 = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - t0, longestTaskMs: Math.max(0, longest - 10) };
  } finally {
    running = false;
  }
}

function idb(): IDBDatabase {
  return db.backendDB();
}

/** Baseline: every backed-up table read raw in one transaction and written out as JSON, bytes into a Blob. */
export async function rawReadStringify(): Promise<{ ms: number; bytes: number }> {
  const names = [...BACKUP_TABLES];
  const t = performance.now();
  const tx = idb().transaction(names, 'readonly');
  const all = await Promise.all(
    names.map(
      (n) =>
        new Promise<unknown[]>((resolve, reject) => {
          const req = tx.objectStore(n).getAll();
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        }),
    ),
  );
  const parts: BlobPart[] = [];
  for (const rows of all) {
    parts.push(JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? (parts.push(v as Uint8Array<ArrayBuffer>), parts.length) : v)));
  }
  const bytes = new Blob(parts).size;
  return { ms: performance.now() - t, bytes };
}

/** The program's backup as it ran before: in the page's own thread. */
export async function backupInPage(): Promise<{ ms: number; bytes: number; longestTaskMs: number }> {
  const run = await withLongestTask(() => createBackup(db, new Date()));
  backupBlob = run.result.blob;
  return { ms: run.ms, bytes: run.result.blob.size, longestTaskMs: run.longestTaskMs };
}

/** The restore's check (the file read, every entry hashed, every row parsed, validated and audited) in the page's thread, for a profile. */
export async function inspectInPage(): Promise<{ ms: number }> {
  if (!backupBlob) throw new Error('no backup taken');
  const t = performance.now();
  const result = await inspectBackup(backupBlob, { checkAnchor: async () => true });
  if (!result.ok) throw new Error(result.error);
  return { ms: performance.now() - t };
}

/** The program's backup: in its worker, as «Ta sikkerhetskopi nå» makes it. */
export async function backupInWorker(): Promise<{ ms: number; bytes: number; longestTaskMs: number }> {
  const run = await withLongestTask(() => startBackupJob({ type: 'backup', dbName: db.name, now: new Date().toISOString(), sign: false }).result);
  backupBlob = run.result.blob;
  return { ms: run.ms, bytes: run.result.blob.size, longestTaskMs: run.longestTaskMs };
}

/** Baseline: every row the restore writes (backed-up tables and the derived ones) put back raw in one transaction. */
export async function rawPut(): Promise<{ ms: number }> {
  const names = [...idb().objectStoreNames];
  const read = idb().transaction(names, 'readonly');
  const all = await Promise.all(
    names.map(
      (n) =>
        new Promise<unknown[]>((resolve) => {
          const req = read.objectStore(n).getAll();
          req.onsuccess = () => resolve(req.result);
        }),
    ),
  );
  const t = performance.now();
  const tx = idb().transaction(names, 'readwrite', { durability: 'strict' });
  names.forEach((n, i) => {
    const store = tx.objectStore(n);
    store.clear();
    for (const row of all[i]!) store.put(row);
  });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  return { ms: performance.now() - t };
}

/** The program's restore: the file checked in the worker, then written by the worker in one transaction. */
export async function restoreInWorker(): Promise<{ ms: number; checkedMs: number; longestTaskMs: number; rows: number }> {
  if (!backupBlob) throw new Error('no backup taken');
  const blob = backupBlob;
  let checkedMs = 0;
  let rows = 0;
  const run = await withLongestTask(async () => {
    const t = performance.now();
    const inspected = await startBackupJob({ type: 'inspect', source: blob, checkAnchor: false }).result;
    if (!inspected.ok) throw new Error(inspected.error);
    checkedMs = performance.now() - t;
    rows = inspected.backup.preview.total;
    await startBackupJob({ type: 'restore', dbName: db.name, backup: inspected.backup, stamp: { actor: 'Benk Mark', at: new Date().toISOString() } }).result;
  });
  return { ms: run.ms, checkedMs, longestTaskMs: run.longestTaskMs, rows };
}

/** Rows per backed-up table, to check the restore brought every one back. */
export async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of BACKUP_TABLES) out[name] = await db.table(name).count();
  return out;
}
