// The page's handle on the register-reading worker: one job at a time, progress, and a cancel that
// terminates the worker. Where there is no Worker (happy-dom tests), it reads on the main thread.
import { RegisterFileError, type RegisterReadResult } from '@renderer/documents/register';
import type { RegisterReadRequest, RegisterReadResponse } from './register-read-protocol';

export type { RegisterReadResult };

/** True for the error a cancelled job rejects with. */
export function isCancelled(error: unknown): boolean {
  return error instanceof RegisterFileError && error.code === 'avbrutt';
}

export interface RegisterReadJob {
  result: Promise<RegisterReadResult>;
  /** The promise then rejects with RegisterFileError code 'avbrutt'. */
  cancel(): void;
}

const cancelled = () => new RegisterFileError('avbrutt', 'Innlesingen av registerfilen ble avbrutt.');

/** Starts reading; `bytes` is handed over to the worker and is unusable afterwards. */
export function startRegisterRead(
  bytes: Uint8Array,
  knownOrgnrs: readonly string[],
  onProgress: (fraction: number) => void,
): RegisterReadJob {
  if (typeof Worker === 'undefined') return onMainThread(bytes, knownOrgnrs, onProgress);
  const worker = new Worker(new URL('./register-read.worker.ts', import.meta.url), { type: 'module' });
  let rejectJob: (error: Error) => void = () => undefined;
  const result = new Promise<RegisterReadResult>((resolve, reject) => {
    rejectJob = reject;
    worker.onmessage = (event: MessageEvent<RegisterReadResponse>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.fraction);
      worker.terminate();
      if (message.type === 'done') resolve(message.result);
      else reject(message.error.code ? new RegisterFileError(message.error.code, message.error.message) : new Error(message.error.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'Innlesingen stoppet uventet.'));
    };
  });
  const request: RegisterReadRequest = { id: 1, bytes, knownOrgnrs: [...knownOrgnrs] };
  worker.postMessage(request, [bytes.buffer]);
  return {
    result,
    cancel: () => {
      worker.terminate();
      rejectJob(cancelled());
    },
  };
}

function onMainThread(
  bytes: Uint8Array,
  knownOrgnrs: readonly string[],
  onProgress: (fraction: number) => void,
): RegisterReadJob {
  const controller = new AbortController();
  const result = import('./register-read-run').then((m) => m.runRegisterRead(bytes, knownOrgnrs, onProgress, controller.signal));
  return { result, cancel: () => controller.abort() };
}
