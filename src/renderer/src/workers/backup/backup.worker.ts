// Backups and restores off the main thread: the zip's encoding, hashing and encryption, and the
// reading, checking and writing of a restore, so the window stays responsive and «Avbryt» can end
// the work at once (terminating the worker drops an unfinished restore transaction: nothing is
// half-written). One job per worker; the page answers anchor requests by id.
import type { SignedAnchor } from '@renderer/domain/change-log-anchor';
import type { FromWorker, ToWorker } from './backup-protocol';
import { runBackupJob, type JobHost } from './backup-run';

const post = (message: FromWorker) => self.postMessage(message);

let nextId = 0;
const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

function ask<T>(message: FromWorker & { id: number }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    waiting.set(message.id, { resolve: resolve as (value: unknown) => void, reject });
    post(message);
  });
}

const host: JobHost = {
  progress: (done, total) => post({ type: 'progress', done, total }),
  sign: (head, at) => ask<SignedAnchor>({ type: 'sign', id: ++nextId, head, at }),
  checkAnchor: (anchor) => ask<boolean>({ type: 'check-anchor', id: ++nextId, anchor }),
  readRange: (start, end) => ask<Uint8Array>({ type: 'read-range', id: ++nextId, start, end }),
};

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'answer') {
    const pending = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.error !== undefined) pending?.reject(new Error(message.error));
    else pending?.resolve(message.value);
    return;
  }
  runBackupJob(message.job, host).then(
    (value) => post({ type: 'done', value }),
    (error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
};
