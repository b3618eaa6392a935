// The pool of letter workers: results handed on in the letters' order whatever order the workers
// finish in, one handler at a time; a failed letter stops the run after every letter before it was
// handed on (as with one worker); cancelling stops the workers. Fake workers stand in for real ones.
import { describe, expect, it } from 'vitest';
import type { PoolRequest, PoolResponse } from '@renderer/workers/letters/letters-protocol';
import { poolSizeFor, runRenderPool, type PoolWorker } from '@renderer/workers/letters/render-pool';

interface FakeJob {
  key: string;
  /** Milliseconds this job takes in its worker. */
  ms: number;
  fail?: string;
}

/** A worker that answers each request after the job's delay, one at a time, and records its jobs. */
function fakeWorkers() {
  const made: { jobs: string[]; terminated: boolean }[] = [];
  const create = (): PoolWorker => {
    const record = { jobs: [] as string[], terminated: false };
    made.push(record);
    let queue = Promise.resolve();
    const worker: PoolWorker = {
      onmessage: null,
      onerror: null,
      terminate: () => (record.terminated = true),
      postMessage: (request: PoolRequest<unknown>) => {
        const { index, job } = request as PoolRequest<FakeJob>;
        record.jobs.push(job.key);
        queue = queue.then(async () => {
          await new Promise((resolve) => setTimeout(resolve, job.ms));
          if (record.terminated) return;
          const data: PoolResponse = job.fail
            ? { type: 'error', index, message: job.fail }
            : { type: 'letter', index, bytes: new TextEncoder().encode(job.key) };
          worker.onmessage?.({ data } as MessageEvent<PoolResponse>);
        });
      },
    };
    return worker;
  };
  return { made, create };
}

function run(jobs: FakeJob[], size: number, onResult: (key: string, index: number) => Promise<void> | void = () => {}) {
  const workers = fakeWorkers();
  const handed: string[] = [];
  const pool = runRenderPool({
    jobs,
    size,
    createWorker: workers.create,
    onResult: async (bytes, index) => {
      const key = new TextDecoder().decode(bytes);
      handed.push(key);
      await onResult(key, index);
    },
    jobError: (index, message) => new Error(`${jobs[index]!.key}: ${message}`),
    cancelled: () => new Error('avbrutt'),
  });
  return { pool, handed, workers };
}

const jobsOf = (ms: number[]): FakeJob[] => ms.map((m, i) => ({ key: `brev-${i}`, ms: m }));

describe('the letter pool', () => {
  it('hands results on in the letters’ order although the workers finish out of order, and spreads the work', async () => {
    const jobs = jobsOf([30, 1, 25, 2, 1, 20, 3, 1, 15, 1]);
    const { pool, handed, workers } = run(jobs, 3);
    await pool.done;
    expect(handed).toEqual(jobs.map((j) => j.key));
    expect(workers.made).toHaveLength(3);
    for (const w of workers.made) expect(w.jobs.length).toBeGreaterThan(0);
    expect(workers.made.every((w) => w.terminated)).toBe(true);
  });

  it('runs one handler at a time: the next letter waits until the previous one is stored', async () => {
    let active = 0;
    let most = 0;
    const { pool, handed } = run(jobsOf([5, 1, 1, 1, 1, 1]), 2, async () => {
      active++;
      most = Math.max(most, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active--;
    });
    await pool.done;
    expect(handed).toHaveLength(6);
    expect(most).toBe(1);
  });

  it('stops at a failed letter: every letter before it is handed on, none after, and the error names the letter', async () => {
    const jobs = jobsOf([20, 1, 1, 1, 1, 1, 1, 1]);
    jobs[3] = { ...jobs[3]!, fail: 'Ugyldig skrift' };
    const { pool, handed } = run(jobs, 2);
    await expect(pool.done).rejects.toThrow('brev-3: Ugyldig skrift');
    expect(handed).toEqual(['brev-0', 'brev-1', 'brev-2']);
  });

  it('reports the first failed letter when two fail', async () => {
    const jobs = jobsOf([1, 1, 30, 1, 1]);
    jobs[4] = { ...jobs[4]!, fail: 'sist' };
    jobs[2] = { ...jobs[2]!, fail: 'først' };
    const { pool, handed } = run(jobs, 2);
    await expect(pool.done).rejects.toThrow('brev-2: først');
    expect(handed).toEqual(['brev-0', 'brev-1']);
  });

  it('cancels: the workers are terminated and nothing more is handed on', async () => {
    const { pool, handed, workers } = run(jobsOf([5, 5, 5, 5, 5, 5, 5, 5]), 2, (_key, index) => {
      if (index === 1) pool.cancel();
    });
    await expect(pool.done).rejects.toThrow('avbrutt');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(handed).toEqual(['brev-0', 'brev-1']);
    expect(workers.made.every((w) => w.terminated)).toBe(true);
  });

  it('finishes at once with no letters', async () => {
    const { pool, workers } = run([], 4);
    await pool.done;
    expect(workers.made).toHaveLength(0);
  });

  it('is sized to the cores, at least one and at most four, never more than the letters', () => {
    expect(poolSizeFor(2, 500)).toBe(2);
    expect(poolSizeFor(16, 500)).toBe(4);
    expect(poolSizeFor(undefined, 500)).toBe(1);
    expect(poolSizeFor(8, 3)).toBe(3);
    expect(poolSizeFor(8, 0)).toBe(1);
  });
});

describe('renderLetters without Worker (main-thread stand-in)', () => {
  it('renders real letters in order, and names the letter that failed with its key', async () => {
    const { renderLetters, LetterRenderError } = await import('@renderer/workers/letters/letters-client');
    const { DEFAULT_LETTER_TEXTS } = await import('@renderer/documents/pdf/letter-texts');
    const { letterInput } = await import('../pdf/letter-fixtures');
    const { pdfText } = await import('../pdf/pdf-tools');
    const job = (key: string, name: string) => {
      const base = letterInput('innvilget');
      return { key, input: { ...base, texts: DEFAULT_LETTER_TEXTS.nb, organisation: { ...base.organisation, name } } };
    };
    const broken = { key: 'dec-2', input: { ...job('dec-2', 'x').input, organisation: undefined } } as unknown as ReturnType<typeof job>;
    const handed: { key: string; text: string }[] = [];
    const run = renderLetters([job('dec-0', 'Askøy Sjakklubb'), job('dec-1', 'Voss Husflidslag'), broken, job('dec-3', 'Aldri laget')], (key, bytes) => {
      handed.push({ key, text: pdfText(bytes) });
    });
    const error = await run.done.then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(LetterRenderError);
    expect((error as InstanceType<typeof LetterRenderError>).key).toBe('dec-2');
    expect(handed.map((h) => h.key)).toEqual(['dec-0', 'dec-1']);
    expect(handed[0]!.text).toContain('Askøy Sjakklubb');
    expect(handed[1]!.text).toContain('Voss Husflidslag');
  }, 60_000);
});
