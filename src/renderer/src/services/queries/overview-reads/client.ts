// Oversikt's handle on its read worker: one worker while the page is open, requests answered by id.
// Leaving the page stops the worker, so its reads never hold up the page the officer went to.
// Where there is no Worker (happy-dom tests), the same reads run on the main thread.
import type { AppDatabase } from '@renderer/data/db';
import type { OverviewReadRequest, OverviewReadResponse } from './protocol';
import { runOverviewRead, type OverviewRead, type OverviewReadResult } from './run';

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function startWorker(): Worker {
  const w = new Worker(new URL('./overview-reads.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<OverviewReadResponse>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (!waiting) return;
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(new Error(message.message));
  };
  w.onerror = (event) => {
    event.preventDefault();
    const error = new Error(event.message || 'Oversikten kunne ikke leses.');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    stopOverviewReads();
  };
  return w;
}

/** Runs one of Oversikt's reads in the worker (started on first use). */
export function readOverview<R extends OverviewRead>(db: AppDatabase, read: R): Promise<OverviewReadResult<R>> {
  if (typeof Worker === 'undefined') return runOverviewRead(db, read);
  worker ??= startWorker();
  const request: OverviewReadRequest = { id: nextId++, dbName: db.name, read };
  const result = new Promise<OverviewReadResult<R>>((resolve, reject) => {
    pending.set(request.id, { resolve: resolve as (value: unknown) => void, reject });
  });
  worker.postMessage(request);
  return result;
}

/** Stops the worker and whatever it was reading; answers still awaited never come (the page is gone). */
export function stopOverviewReads(): void {
  worker?.terminate();
  worker = undefined;
  pending.clear();
}
