// Oversikt's reads through its worker client: on the main thread where there is no Worker, and
// through a worker that answers by message, each gives what the query it names gives.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import { collectDeadlines } from '@renderer/services/queries/overview/deadlines';
import { loadCallTodo } from '@renderer/services/queries/overview/todo';
import { getCallFigures } from '@renderer/services/queries/overview-figures/call-figures';
import { getMunicipalityYears } from '@renderer/services/queries/overview-figures/years';
import { readOverview, stopOverviewReads } from '@renderer/services/queries/overview-reads/client';
import type { OverviewReadRequest, OverviewReadResponse } from '@renderer/services/queries/overview-reads/protocol';
import { runOverviewRead } from '@renderer/services/queries/overview-reads/run';
import { CALL, TODAY, seedOverview } from '../overview/overview-seed';

/** A stand-in for the browser's Worker: answers each request by message, as the worker file does. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<OverviewReadResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  requests: OverviewReadRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: OverviewReadRequest): void {
    this.requests.push(request);
    const answer = (response: OverviewReadResponse) => this.onmessage?.({ data: response } as MessageEvent<OverviewReadResponse>);
    runOverviewRead(openDatabase(request.dbName), request.read).then(
      (value) => answer({ id: request.id, ok: true, value }),
      (error: Error) => answer({ id: request.id, ok: false, message: error.message }),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  stopOverviewReads();
  vi.unstubAllGlobals();
  FakeWorker.made = [];
});

describe('readOverview', () => {
  it('without a Worker, reads on the main thread what each query reads', async () => {
    const db = openDatabase('overview-reads-main');
    await seedOverview(db);
    const todo = await readOverview(db, { kind: 'todo', callId: CALL, today: TODAY });
    expect(todo).toEqual(await loadCallTodo(db, CALL, TODAY));
    expect(todo.lettersUnsent + todo.withoutLetter).toBeGreaterThan(0);
    const deadlines = await readOverview(db, { kind: 'deadlines', today: TODAY });
    expect(deadlines).toEqual(await collectDeadlines(db, TODAY));
    expect(deadlines.length).toBeGreaterThan(0);
    expect(await readOverview(db, { kind: 'call-figures', callId: CALL })).toEqual(await getCallFigures(db, CALL));
    expect(await readOverview(db, { kind: 'years' })).toEqual(await getMunicipalityYears(db));
  });

  it('through a worker, sends the database’s name and the read, and answers each request by its id', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const db = openDatabase('overview-reads-worker');
    await seedOverview(db);
    const [todo, years] = await Promise.all([
      readOverview(db, { kind: 'todo', callId: CALL, today: TODAY }),
      readOverview(db, { kind: 'years' }),
    ]);
    expect(todo).toEqual(await loadCallTodo(db, CALL, TODAY));
    expect(years).toEqual(await getMunicipalityYears(db));
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.requests.map((r) => [r.dbName, r.read.kind])).toEqual([
      ['overview-reads-worker', 'todo'],
      ['overview-reads-worker', 'years'],
    ]);
  });

  it('passes on what the worker could not read, and stops the worker when Oversikt closes', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const db = openDatabase('overview-reads-missing');
    await seedOverview(db);
    await expect(readOverview(db, { kind: 'call-figures', callId: 'no-such-call' })).rejects.toThrow(/no-such-call/);
    stopOverviewReads();
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    // The next visit starts a fresh worker.
    await readOverview(db, { kind: 'years' });
    expect(FakeWorker.made).toHaveLength(2);
  });
});
