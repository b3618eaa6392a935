// The pages' handle on letter rendering: a run with per-letter callbacks and a cancel that
// terminates the worker. Without Worker (happy-dom tests) it renders on the main thread.
import type { LetterJob, RenderRequest, RenderResponse } from './letters-protocol';

export type { LetterJob } from './letters-protocol';

export class LettersCancelledError extends Error {
  override readonly name = 'LettersCancelledError';
}

export interface LetterRun {
  /** Resolves when every letter has been handed to onLetter (and its promise settled). */
  done: Promise<void>;
  cancel(): void;
}

type OnLetter = (key: string, bytes: Uint8Array, index: number) => Promise<void> | void;

function runOnMainThread(jobs: readonly LetterJob[], onLetter: OnLetter): LetterRun {
  let cancelled = false;
  const done = (async () => {
    const { renderLetter } = await import('./render-letter');
    for (const [index, job] of jobs.entries()) {
      if (cancelled) throw new LettersCancelledError();
      await onLetter(job.key, await renderLetter(job), index);
    }
  })();
  return { done, cancel: () => (cancelled = true) };
}

export function renderLetters(jobs: readonly LetterJob[], onLetter: OnLetter): LetterRun {
  if (typeof Worker === 'undefined') return runOnMainThread(jobs, onLetter);
  const worker = new Worker(new URL('./letters.worker.ts', import.meta.url), { type: 'module' });
  let rejectRun: (e: Error) => void = () => {};
  // Letters are handled in order: storing one finishes before the next is stored.
  let chain = Promise.resolve();
  const done = new Promise<void>((resolve, reject) => {
    rejectRun = reject;
    worker.onmessage = (event: MessageEvent<RenderResponse>) => {
      const message = event.data;
      if (message.type === 'letter') {
        chain = chain.then(() => onLetter(message.key, message.bytes, message.index));
        chain.catch(reject);
      } else if (message.type === 'done') {
        chain.then(resolve, reject);
      } else {
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => reject(new Error(event.message || 'Brevarbeideren stoppet.'));
  }).finally(() => worker.terminate());
  worker.postMessage({ type: 'render', jobs: [...jobs] } satisfies RenderRequest);
  return {
    done,
    cancel: () => {
      worker.terminate();
      rejectRun(new LettersCancelledError());
    },
  };
}

/** One letter, e.g. a preview. */
export async function renderOneLetter(job: LetterJob): Promise<Uint8Array> {
  let result: Uint8Array | undefined;
  await renderLetters([job], (_key, bytes) => {
    result = bytes;
  }).done;
  if (!result) throw new Error('Brevet ble ikke laget.');
  return result;
}
