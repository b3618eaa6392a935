// Backup and restore of the realistic 50 000-application database (generate.ts: ten calls, change log,
// letters with real PDFs) plus large letters (random, incompressible bytes of a letter with embedded
// fonts), in Chromium with an on-disk profile, run as the program runs them: in its built worker.
// Each beside its raw baseline from the same page — raw read + stringify for the backup, raw put in
// one transaction for the restore — with the peak JS heap of the page and its workers, and the
// longest stretch the page's main thread could not answer meanwhile. `--tiny` runs it small.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { BASE_URL, CHROMIUM_ARGS, startPreviewServer, stopServer } from './chromium';
import { openBlank } from './harness';
import { recordFigure } from './results';

const MB = 1024 * 1024;

/** The figures this step records, by name. */
export const BACKUP_FIGURES = {
  backup: 'backup (worker, zip in chunks)',
  backupHeap: 'backup peak heap (page + worker)',
  backupLongest: 'backup: longest main-thread task',
  restore: 'restore (worker: check + one transaction)',
  restoreHeap: 'restore peak heap (page + worker)',
  restoreLongest: 'restore: longest main-thread task',
} as const;

/** The page half (page/backup.ts), as the bench calls it. */
interface PageApi {
  useBuiltWorker(url: string): void;
  fill(sizeName: 'full' | 'tiny', letters: number, letterBytes: number): Promise<{ rows: number; ms: number }>;
  rawReadStringify(): Promise<{ ms: number; bytes: number }>;
  backupInPage(): Promise<{ ms: number; bytes: number; longestTaskMs: number }>;
  inspectInPage(): Promise<{ ms: number }>;
  backupInWorker(): Promise<{ ms: number; bytes: number; longestTaskMs: number }>;
  rawPut(): Promise<{ ms: number }>;
  restoreInWorker(): Promise<{ ms: number; checkedMs: number; longestTaskMs: number; rows: number }>;
  counts(): Promise<Record<string, number>>;
}
type Call = <K extends keyof PageApi>(name: K, ...args: Parameters<PageApi[K]>) => Promise<Awaited<ReturnType<PageApi[K]>>>;

async function pageBundle(): Promise<string> {
  const root = resolve(import.meta.dirname, '../..');
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'page/backup.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__benchBackup',
    write: false,
    alias: { '@renderer': join(root, 'src/renderer/src'), '@shared': join(root, 'src/shared') },
    define: { 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true', 'import.meta.env.MODE': '"production"' },
    banner: { js: '(globalThis.__zod_globalConfig ??= {}).jitless = true;' },
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Samples the used JS heap of the page and of every dedicated worker it starts (attached through
 * the DevTools protocol) every 100 ms while `work` runs; the peak of their sum, in MB.
 */
async function withPeakHeap<T>(cdp: CDPSession, work: () => Promise<T>): Promise<{ result: T; peakMb: number; workerSeen: boolean }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const workers = new Map<string, number>();
  let nextId = 1;
  let workerSeen = false;
  const onAttach = (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type === 'worker') workers.set(e.sessionId, 0);
  };
  const onDetach = (e: { sessionId: string }) => workers.delete(e.sessionId);
  const onMessage = (e: { sessionId: string; message: string }) => {
    const reply = JSON.parse(e.message) as { result?: { usedSize?: number } };
    if (reply.result?.usedSize !== undefined && workers.has(e.sessionId)) {
      workers.set(e.sessionId, reply.result.usedSize);
      workerSeen = true;
    }
  };
  cdp.on('Target.attachedToTarget', onAttach);
  cdp.on('Target.detachedFromTarget', onDetach);
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  let peak = 0;
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      for (const sessionId of workers.keys()) {
        const message = JSON.stringify({ id: nextId++, method: 'Runtime.getHeapUsage' });
        await cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => undefined);
      }
      peak = Math.max(peak, usedSize + [...workers.values()].reduce((a, b) => a + b, 0));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  try {
    return { result: await work(), peakMb: peak / MB, workerSeen };
  } finally {
    running = false;
    await sampler;
    await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: false }).catch(() => undefined);
    cdp.off('Target.attachedToTarget', onAttach);
    cdp.off('Target.detachedFromTarget', onDetach);
    cdp.off('Target.receivedMessageFromTarget', onMessage);
  }
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** BENCH_CPU_PROFILE set: where a backup's (and the restore check's) time goes, from CPU profiles of them in the page's thread. */
async function printProfile(cdp: CDPSession, what: string, work: () => Promise<unknown>): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[] } };
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  for (const id of profile.samples) {
    const node = byNode.get(id)!;
    const file = node.callFrame.url.split('/').pop() || '(native)';
    const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const total = profile.samples.length;
  console.log(`  CPU profile of ${what} in the page's thread, self time (${total} samples):`);
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`    ${((100 * n) / total).toFixed(1).padStart(5)} %  ${key}`);
}

function builtWorkerUrl(baseUrl: string): string {
  const name = readdirSync('out/renderer/assets').find((f) => /^backup\.worker-.*\.js$/.test(f));
  if (!name) throw new Error('The built backup worker was not found: run `npm run build`.');
  return `${baseUrl}/assets/${name}`;
}

/**
 * Runs the step in `page` (already on the program's origin, the page bundle not yet loaded) and
 * records its figures: the bench runs it full size in an on-disk profile, the tiny test small.
 */
export async function runBackupBench(page: Page, cdp: CDPSession, baseUrl: string, sizeName: 'full' | 'tiny', letters: number, letterBytes: number): Promise<void> {
  await page.evaluate(await pageBundle());
  const call: Call = (name, ...args) =>
    page.evaluate(
      ({ name, args }) => (globalThis as unknown as { __benchBackup: Record<string, (...a: unknown[]) => unknown> }).__benchBackup[name]!(...args),
      { name, args: args as unknown[] },
    ) as never;
  await call('useBuiltWorker', builtWorkerUrl(baseUrl));
  const filled = await call('fill', sizeName, letters, letterBytes);
  console.log(`  filled ${filled.rows.toLocaleString('en')} rows in ${(filled.ms / 1000).toFixed(1)} s`);
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

  const rawRead = await withPeakHeap(cdp, () => call('rawReadStringify'));
  console.log(`  raw read + stringify (baseline): ${s(rawRead.result.ms)}, ${(rawRead.result.bytes / MB).toFixed(0)} MiB, peak heap ${rawRead.peakMb.toFixed(0)} MB`);

  // BENCH_CPU_PROFILE: where the page's time goes instead of the figures. (It read BENCH_PROFILE,
  // which names the kept profiles of the other steps: a whole bench with kept profiles lost these figures.)
  if (process.env.BENCH_CPU_PROFILE) {
    await printProfile(cdp, 'the backup', () => call('backupInPage'));
    await printProfile(cdp, "the restore's check", () => call('inspectInPage'));
    return;
  }
  const inPage = await withPeakHeap(cdp, () => call('backupInPage'));
  console.log(`  backup in the page's thread (as before, for comparison): ${s(inPage.result.ms)}, longest main-thread task ${inPage.result.longestTaskMs.toFixed(0)} ms, peak heap ${inPage.peakMb.toFixed(0)} MB`);

  const backup = await withPeakHeap(cdp, () => call('backupInWorker'));
  console.log(`  backup file ${(backup.result.bytes / MB).toFixed(0)} MiB${backup.workerSeen ? '' : ' (the worker heap could not be sampled: page heap only)'}`);
  recordFigure({ name: BACKUP_FIGURES.backup, value: backup.result.ms, unit: 'ms', baseline: rawRead.result.ms, target: 2 * rawRead.result.ms });
  recordFigure({ name: BACKUP_FIGURES.backupHeap, value: backup.peakMb, unit: 'MB', target: 500 });
  recordFigure({ name: BACKUP_FIGURES.backupLongest, value: backup.result.longestTaskMs, unit: 'ms', baseline: inPage.result.longestTaskMs });

  const before = await call('counts');
  const rawPut = await withPeakHeap(cdp, () => call('rawPut'));
  console.log(`  raw put of every table in one transaction (baseline): ${s(rawPut.result.ms)}, peak heap ${rawPut.peakMb.toFixed(0)} MB`);

  const restore = await withPeakHeap(cdp, () => call('restoreInWorker'));
  console.log(`  restore: check ${s(restore.result.checkedMs)} + write ${s(restore.result.ms - restore.result.checkedMs)} (${restore.result.rows.toLocaleString('en')} rows)`);
  recordFigure({ name: BACKUP_FIGURES.restore, value: restore.result.ms, unit: 'ms', baseline: rawPut.result.ms, target: 1.5 * rawPut.result.ms });
  recordFigure({ name: BACKUP_FIGURES.restoreHeap, value: restore.peakMb, unit: 'MB', target: 500 });
  recordFigure({ name: BACKUP_FIGURES.restoreLongest, value: restore.result.longestTaskMs, unit: 'ms' });

  const after = await call('counts');
  const same = Object.keys(before).every((t) => after[t] === before[t]! + (t === 'changeLog' ? 1 : 0));
  console.log(`  every table restored with its rows (and the restore's own log entry): ${same ? 'yes' : `NO: ${JSON.stringify({ before, after })}`}`);
}

export async function benchBackup(sizeName: 'full' | 'tiny' = 'full'): Promise<void> {
  const letters = Number(process.env.BENCH_LETTERS ?? (sizeName === 'full' ? 4_000 : 40));
  const letterBytes = Number(process.env.BENCH_LETTER_BYTES ?? 60_000);
  console.log(
    `\nBackup and restore: the realistic ${sizeName === 'full' ? '50,000' : 'tiny'}-application database with its letters, plus ${letters.toLocaleString('en')} letters of ${(letterBytes / 1000).toFixed(0)} kB, on-disk profile, in the program's worker`,
  );
  const profile = mkdtempSync(join(tmpdir(), 'bench-backup-'));
  const server = await startPreviewServer();
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page: Page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(0);
    await openBlank(page);
    await runBackupBench(page, await context.newCDPSession(page), BASE_URL, sizeName, letters, letterBytes);
  } finally {
    await context.close();
    stopServer(server);
    rmSync(profile, { recursive: true, force: true });
  }
}
