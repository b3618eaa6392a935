// The pages' handle on letter rendering: a run over a pool of workers (one per core, at most four)
// with per-letter callbacks in the letters' order, and a cancel that terminates the workers.
// Without Worker (happy-dom tests) one stand-in renders on the main thread, through the same pool.
import type { LetterJob } from './letters-protocol';
import { mainThreadWorker, poolSizeFor, runRenderPool, type PoolRun, type PoolWorker } from './render-pool';

export type { LetterJob } from './letters-protocol';

export class LettersCancelledError extends Error {
  override readonly name = 'LettersCancelledError';
}

/** One letter could not be made: `key` says which (the decision id), the message why. */
export class LetterRenderError extends Error {
  override readonly name = 'LetterRenderError';
  constructor(
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

export type LetterRun = PoolRun;

type OnLetter = (key: string, bytes: Uint8Array, index: number) => Promise<void> | void;

export function renderLetters(jobs: readonly LetterJob[], onLetter: OnLetter): LetterRun {
  const inBrowser = typeof Worker !== 'undefined';
  return runRenderPool({
    jobs,
    size: inBrowser ? poolSizeFor(typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency, jobs.length) : 1,
    createWorker: inBrowser
      ? () => new Worker(new URL('./letters.worker.ts', import.meta.url), { type: 'module' }) as PoolWorker
      : () => mainThreadWorker(async () => (await import('./render-letter')).renderLetter),
    onResult: (bytes, index) => onLetter(jobs[index]!.key, bytes, index),
    jobError: (index, message) => new LetterRenderError(jobs[index]!.key, message),
    cancelled: () => new LettersCancelledError(),
  });
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
