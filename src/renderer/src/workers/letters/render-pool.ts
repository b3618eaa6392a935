// A pool of render workers: jobs go out in order to whichever worker is free (a few ahead each, so
// no worker waits for the page between letters), results come back in any order and are handed on
// strictly in job order, one at a time, each after the previous one's handler has finished. A
// failed job stops new work; every job before it is still handed on, then the run fails with that
// job's error, which is what a single worker did before. Cancelling terminates every worker.
import type { PoolRequest, PoolResponse } from './letters-protocol';

/** The part of a Worker the pool uses, so tests and the main-thread fallback can stand in. */
export interface PoolWorker {
  postMessage(message: PoolRequest<unknown>, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PoolResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface PoolOptions<J> {
  size: number;
  createWorker: () => PoolWorker;
  onResult: (bytes: Uint8Array, index: number) => Promise<void> | void;
  /** The error the run fails with when job `index` failed in its worker. */
  jobError: (index: number, message: string) => Error;
  cancelled: () => Error;
  /** Jobs sent to one worker before its first result comes back. */
  perWorker?: number;
  /** Results rendered but not yet handed on, at most: the pool waits for the handler beyond this. */
  maxAhead?: number;
  /** For type inference of the jobs. */
  jobs: readonly J[];
}

export interface PoolRun {
  /** Resolves when every result has been handed on and its handler has finished. */
  done: Promise<void>;
  cancel(): void;
}

/** One worker per core, at least one and at most four: more only compete for the same cores. */
export function poolSizeFor(cores: number | undefined, jobs: number): number {
  return Math.max(1, Math.min(4, cores || 1, jobs));
}

export function runRenderPool<J>(options: PoolOptions<J>): PoolRun {
  const { jobs } = options;
  const perWorker = options.perWorker ?? 2;
  const maxAhead = options.maxAhead ?? 64;
  const workers: { worker: PoolWorker; busy: number }[] = [];
  const ready = new Map<number, Uint8Array>();
  let nextJob = 0;
  let nextResult = 0;
  let failedAt = Number.POSITIVE_INFINITY;
  let failure: Error | undefined;
  let settled = false;
  let handing = false;
  let resolveRun: () => void = () => {};
  let rejectRun: (e: unknown) => void = () => {};
  const settledRun = new Promise<void>((resolve, reject) => {
    resolveRun = resolve;
    rejectRun = reject;
  });
  const finish = (error?: unknown) => {
    if (settled) return;
    settled = true;
    for (const { worker } of workers) worker.terminate();
    if (error === undefined) resolveRun();
    else rejectRun(error);
  };

  const feed = () => {
    for (const slot of workers) {
      while (!settled && slot.busy < perWorker && nextJob < jobs.length && failedAt === Number.POSITIVE_INFINITY && nextJob - nextResult < maxAhead) {
        const index = nextJob++;
        slot.busy++;
        slot.worker.postMessage({ type: 'render', index, job: jobs[index] });
      }
    }
  };

  const handOn = async () => {
    if (handing) return;
    handing = true;
    try {
      while (!settled) {
        if (nextResult === failedAt) return finish(failure);
        const bytes = ready.get(nextResult);
        if (!bytes) break;
        ready.delete(nextResult);
        await options.onResult(bytes, nextResult);
        nextResult++;
        feed();
      }
      if (nextResult === jobs.length) finish();
    } catch (e) {
      finish(e);
    } finally {
      handing = false;
    }
  };

  if (jobs.length === 0) finish();
  for (let i = 0; i < options.size && !settled; i++) {
    const slot = { worker: options.createWorker(), busy: 0 };
    workers.push(slot);
    slot.worker.onmessage = ({ data }) => {
      if (settled) return;
      slot.busy--;
      if (data.type === 'letter') ready.set(data.index, data.bytes);
      else if (data.index < failedAt) {
        failedAt = data.index;
        failure = options.jobError(data.index, data.message);
      }
      feed();
      void handOn();
    };
    slot.worker.onerror = (event) => finish(new Error(event.message || 'Brevarbeideren stoppet.'));
  }
  feed();
  return { done: settledRun, cancel: () => finish(options.cancelled()) };
}

/**
 * A stand-in worker for where there is no Worker (happy-dom tests): renders on the main thread, one
 * request after the other, and answers like a worker. `load` imports the renderer on first use.
 */
export function mainThreadWorker<J>(load: () => Promise<(job: J) => Promise<Uint8Array>>): PoolWorker {
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;
  const stand: PoolWorker = {
    onmessage: null,
    onerror: null,
    terminate: () => (stopped = true),
    postMessage: (request) => {
      const { index, job } = request as PoolRequest<J>;
      queue = queue.then(async () => {
        if (stopped) return;
        let data: PoolResponse;
        try {
          const render = await load();
          data = { type: 'letter', index, bytes: await render(job) };
        } catch (e) {
          data = { type: 'error', index, message: e instanceof Error ? e.message : String(e) };
        }
        if (!stopped) stand.onmessage?.({ data } as MessageEvent<PoolResponse>);
      });
    },
  };
  return stand;
}
