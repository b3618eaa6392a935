// The pages' handle on follow-up letters: a run with per-letter callbacks and a cancel that
// terminates the worker. Without Worker (happy-dom tests) it renders on the main thread.
import type { FollowUpJob, FollowUpRenderRequest, FollowUpRenderResponse } from './follow-up-protocol';

export type { FollowUpJob } from './follow-up-protocol';

export class FollowUpCancelledError extends Error {
  override readonly name = 'FollowUpCancelledError';
}

export interface FollowUpRun {
  done: Promise<void>;
  cancel(): void;
}

type OnLetter = (key: string, bytes: Uint8Array, index: number) => void;

function runOnMainThread(jobs: readonly FollowUpJob[], onLetter: OnLetter): FollowUpRun {
  let cancelled = false;
  const done = (async () => {
    const { renderFollowUp } = await import('./render-follow-up');
    for (const [index, job] of jobs.entries()) {
      if (cancelled) throw new FollowUpCancelledError();
      onLetter(job.key, await renderFollowUp(job), index);
    }
  })();
  return { done, cancel: () => (cancelled = true) };
}

export function renderFollowUpLetters(jobs: readonly FollowUpJob[], onLetter: OnLetter): FollowUpRun {
  if (typeof Worker === 'undefined') return runOnMainThread(jobs, onLetter);
  const worker = new Worker(new URL('./follow-up-letters.worker.ts', import.meta.url), { type: 'module' });
  let rejectRun: (e: Error) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    rejectRun = reject;
    worker.onmessage = (event: MessageEvent<FollowUpRenderResponse>) => {
      const message = event.data;
      if (message.type === 'letter') onLetter(message.key, message.bytes, message.index);
      else if (message.type === 'done') resolve();
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'Brevarbeideren stoppet.'));
  }).finally(() => worker.terminate());
  worker.postMessage({ type: 'render', jobs: [...jobs] } satisfies FollowUpRenderRequest);
  return {
    done,
    cancel: () => {
      worker.terminate();
      rejectRun(new FollowUpCancelledError());
    },
  };
}

export async function renderOneFollowUp(job: FollowUpJob): Promise<Uint8Array> {
  let result: Uint8Array | undefined;
  await renderFollowUpLetters([job], (_key, bytes) => {
    result = bytes;
  }).done;
  if (!result) throw new Error('Brevet ble ikke laget.');
  return result;
}
