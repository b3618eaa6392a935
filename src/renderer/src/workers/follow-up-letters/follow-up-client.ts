// The pages' handle on follow-up letters: a run over the same pool of workers as the decision
// letters (workers/letters/render-pool.ts), with per-letter callbacks in the letters' order and a
// cancel that terminates the workers. Without Worker (happy-dom tests) one stand-in renders on the
// main thread, through the same pool.
import { mainThreadWorker, poolSizeFor, runRenderPool, type PoolRun, type PoolWorker } from '../letters/render-pool';
import type { FollowUpJob } from './follow-up-protocol';

export type { FollowUpJob } from './follow-up-protocol';

export class FollowUpCancelledError extends Error {
  override readonly name = 'FollowUpCancelledError';
}

export type FollowUpRun = PoolRun;

type OnLetter = (key: string, bytes: Uint8Array, index: number) => void;

export function renderFollowUpLetters(jobs: readonly FollowUpJob[], onLetter: OnLetter): FollowUpRun {
  const inBrowser = typeof Worker !== 'undefined';
  return runRenderPool({
    jobs,
    size: inBrowser ? poolSizeFor(typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency, jobs.length) : 1,
    createWorker: inBrowser
      ? () => new Worker(new URL('./follow-up-letters.worker.ts', import.meta.url), { type: 'module' }) as PoolWorker
      : () => mainThreadWorker(async () => (await import('./render-follow-up')).renderFollowUp),
    onResult: (bytes, index) => onLetter(jobs[index]!.key, bytes, index),
    jobError: (_index, message) => new Error(message),
    cancelled: () => new FollowUpCancelledError(),
  });
}

export async function renderOneFollowUp(job: FollowUpJob): Promise<Uint8Array> {
  let result: Uint8Array | undefined;
  await renderFollowUpLetters([job], (_key, bytes) => {
    result = bytes;
  }).done;
  if (!result) throw new Error('Brevet ble ikke laget.');
  return result;
}
