// The page's handle on the backup worker: one job per worker, progress, anchor requests answered
// from the page's anchor store, and a cancel that terminates the worker. An unfinished restore
// transaction dies with it (IndexedDB drops it), so a cancelled restore leaves the data as it was;
// a cancelled backup has written nothing yet (the file is written after the worker is done).
// Where there is no Worker (happy-dom tests) the job runs in the page.
import { getDb, openDatabase } from '@renderer/data/db';
import { getAnchorStore } from '@renderer/services/audit/anchor-registry';
import type { SignedAnchor } from '@renderer/domain/change-log-anchor';
import type { BackupJob, BackupJobResults, FromWorker, ToWorker } from './backup-protocol';
import type { JobHost } from './backup-run';

export class BackupCancelledError extends Error {
  override readonly name = 'BackupCancelledError';
}

export const isBackupCancelled = (error: unknown): boolean => error instanceof BackupCancelledError;

export interface BackupWorkerJob<T> {
  result: Promise<T>;
  /** Ends the work at once; `result` then rejects with BackupCancelledError. */
  cancel(): void;
}

type Progress = (done: number, total: number) => void;

export interface JobOptions {
  onProgress?: Progress;
  /** The bytes of a job's RemoteFile (the file main holds open in Electron). */
  readRange?: (start: number, end: number) => Promise<Uint8Array>;
}
type ResultOf<J extends BackupJob> = BackupJobResults[J['type']];

let makeWorker: (() => Worker) | null = () => new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });

/** The bench: the built worker's address instead of the bundler's; null runs jobs in the page. */
export function setBackupWorkerFactory(factory: (() => Worker) | null): void {
  makeWorker = factory;
}

function pageHost({ onProgress, readRange }: JobOptions): JobHost {
  return {
    progress: (done, total) => onProgress?.(done, total),
    readRange: (start, end) => (readRange ? readRange(start, end) : Promise.reject(new Error('ingen fil å lese'))),
    sign: (head, at) => {
      const store = getAnchorStore();
      if (!store) return Promise.reject(new Error('ingen ankerlager'));
      return store.sign(head, at);
    },
    checkAnchor: async (anchor) => (await getAnchorStore()?.check(anchor)) ?? false,
  };
}

const cancelledMessage = 'Arbeidet ble avbrutt.';

export function startBackupJob<J extends BackupJob>(job: J, options: JobOptions = {}): BackupWorkerJob<ResultOf<J>> {
  if (typeof Worker === 'undefined' || makeWorker === null) return inPage(job, options);
  const worker = makeWorker();
  const host = pageHost(options);
  let rejectJob: (error: Error) => void = () => undefined;
  let settled = false;
  const result = new Promise<ResultOf<J>>((resolve, reject) => {
    rejectJob = (error) => {
      settled = true;
      worker.terminate();
      reject(error);
    };
    const answer = (id: number, work: Promise<SignedAnchor | boolean | Uint8Array>) =>
      work.then(
        (value) =>
          !settled &&
          worker.postMessage({ type: 'answer', id, value } satisfies ToWorker, value instanceof Uint8Array ? [value.buffer] : []),
        (error: unknown) =>
          !settled && worker.postMessage({ type: 'answer', id, value: null, error: error instanceof Error ? error.message : String(error) } satisfies ToWorker),
      );
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (settled) return;
      if (message.type === 'progress') host.progress(message.done, message.total);
      else if (message.type === 'sign') void answer(message.id, host.sign(message.head, message.at));
      else if (message.type === 'check-anchor') void answer(message.id, host.checkAnchor(message.anchor));
      else if (message.type === 'read-range') void answer(message.id, host.readRange(message.start, message.end));
      else if (message.type === 'done') {
        settled = true;
        worker.terminate();
        resolve(message.value as ResultOf<J>);
      } else rejectJob(new Error(message.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      rejectJob(new Error(event.message || 'Arbeidet stoppet uventet.'));
    };
  });
  worker.postMessage({ type: 'job', job } satisfies ToWorker);
  return {
    result,
    cancel: () => {
      if (!settled) rejectJob(new BackupCancelledError(cancelledMessage));
    },
  };
}

/** Without a Worker: the same job on the page's own connection. A cancel stops the waiting; a
 * restore already under way runs to its end (only tests get here: the program has Workers). */
function inPage<J extends BackupJob>(job: J, options: JobOptions): BackupWorkerJob<ResultOf<J>> {
  let cancel: (error: Error) => void = () => undefined;
  const cancelled = new Promise<never>((_resolve, reject) => (cancel = reject));
  cancelled.catch(() => undefined);
  const open = (name: string) => (name === getDb().name ? getDb() : openDatabase(name));
  const work = import('./backup-run').then((m) => m.runBackupJob(job, pageHost(options), open)) as Promise<ResultOf<J>>;
  return {
    result: job.type === 'restore' ? work : Promise.race([work, cancelled]),
    cancel: () => cancel(new BackupCancelledError(cancelledMessage)),
  };
}
