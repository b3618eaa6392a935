// The change log page's readers: a page at a time newest first, counts through the indexes, the
// subjects named for the page only, and the background search index over the whole log.
import { describe, expect, it, vi } from 'vitest';
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import {
  buildSearchIndex,
  countSelection,
  readAllRows,
  readPage,
  selectByIndex,
  selectBySearch,
  toRows,
} from '@renderer/features/change-log/change-log-reader';
import { NO_FILTER } from '@renderer/features/change-log/change-log-rows';

const at = '2024-03-01T10:00:00.000Z';
const N = 130;
const APPS = 20;

/** Entry i (1-based id): every third about a call by Ola, the rest about application i % 20 by Kari. */
function entry(i: number): ChangeLogEntry {
  const onCall = i % 3 === 0;
  const entityId = onCall ? 'call-1' : `app-${i % APPS}`;
  return {
    at, actor: onCall ? 'Ola Nordmann' : 'Kari Nordmann', entity: onCall ? 'calls' : 'applications', entityId,
    action: 'endret', prevHash: '0'.repeat(64), hash: '0'.repeat(64),
    before: { id: entityId, amountAppliedOre: i }, after: { id: entityId, amountAppliedOre: i + 1 },
  } as ChangeLogEntry;
}

async function seeded(name: string): Promise<AppDatabase> {
  const db = openDatabase(name);
  await db.calls.add({ id: 'call-1', title: 'Tilskudd 2024' } as never);
  await db.organisations.add({ id: 'org-1', name: 'Bergen Røde Kors', orgnr: '864139442' } as never);
  await db.applications.bulkAdd(Array.from({ length: APPS }, (_, i) => ({ id: `app-${i}`, title: `Søknad ${i}`, organisationId: 'org-1', callId: 'call-1' }) as never));
  await db.changeLog.bulkAdd(Array.from({ length: N }, (_, i) => entry(i + 1)));
  return db;
}

const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

describe('reading the change log a page at a time', () => {
  it('reads the newest page first and any later page by offset, with the count of the whole log', async () => {
    const db = await seeded('log-pages');
    const all = await selectByIndex(db, NO_FILTER);
    expect(await countSelection(db, all)).toBe(N);
    expect((await readPage(db, all, 0, 50)).map((r) => r.id)).toEqual(range(130, 81));
    expect((await readPage(db, all, 100, 50)).map((r) => r.id)).toEqual(range(30, 1));
  });

  it('filters by type and by who made the change through the indexes, newest first', async () => {
    const db = await seeded('log-filters');
    const ola = await selectByIndex(db, { ...NO_FILTER, actor: 'Ola Nordmann' });
    expect(await countSelection(db, ola)).toBe(43);
    expect((await readPage(db, ola, 0, 3)).map((r) => r.id)).toEqual([129, 126, 123]);
    const applications = await selectByIndex(db, { ...NO_FILTER, entity: 'applications' });
    expect(await countSelection(db, applications)).toBe(N - 43);
    expect((await readPage(db, applications, 0, 4)).map((r) => r.id)).toEqual([130, 128, 127, 125]);
    const none = await selectByIndex(db, { ...NO_FILTER, entity: 'applications', actor: 'Ola Nordmann' });
    expect(await countSelection(db, none)).toBe(0);
  });

  it('names the subjects of the page shown, looking up only the applications on it', async () => {
    const db = await seeded('log-subjects');
    const bulkGet = vi.spyOn(db.applications, 'bulkGet');
    const rows = await readPage(db, await selectByIndex(db, NO_FILTER), 0, 5);
    expect(rows.map((r) => r.subject)).toEqual([
      'Søknad 10 – Bergen Røde Kors', 'Tilskudd 2024', 'Søknad 8 – Bergen Røde Kors', 'Søknad 7 – Bergen Røde Kors', 'Tilskudd 2024',
    ]);
    expect(bulkGet.mock.calls.flatMap(([keys]) => keys)).toHaveLength(3);
  });
});

describe('the search index and the CSV read', () => {
  it('holds every entry newest first with the same search text as its row, read in chunks with progress', async () => {
    const db = await seeded('log-index');
    const progress: number[] = [];
    const index = await buildSearchIndex(db, { chunk: 40, onProgress: (p) => progress.push(p.done) });
    const whole = await toRows(db, await db.changeLog.orderBy(':id').reverse().toArray());
    expect(index?.map((e) => [e.id, e.search])).toEqual(whole.map((r) => [r.id, r.search]));
    expect(progress).toEqual([0, 40, 80, 120, 130]);
    const found = selectBySearch(index!, { ...NO_FILTER, text: 'SØKNAD 1 røde' });
    // Søknad 1 and Søknad 10–19: ids with i % 20 in 1, 10…19 and not a multiple of 3.
    const expected = range(130, 1).filter((i) => i % 3 !== 0 && (i % 20 === 1 || i % 20 >= 10));
    expect(found).toEqual({ kind: 'ids', ids: expected });
  });

  it('stops when cancelled, and reads a log with gaps in its ids whole', async () => {
    const db = await seeded('log-gaps');
    let chunks = 0;
    expect(await buildSearchIndex(db, { chunk: 40, yieldNow: async () => void chunks++, cancelled: () => chunks >= 2 })).toBeUndefined();
    await db.changeLog.bulkDelete(range(90, 50));
    const rows = await readAllRows(db, await selectByIndex(db, NO_FILTER), 40);
    expect(rows.map((r) => r.id)).toEqual([...range(130, 91), ...range(49, 1)]);
    const ola = await readAllRows(db, await selectByIndex(db, { ...NO_FILTER, actor: 'Ola Nordmann' }));
    expect(ola.map((r) => r.id)).toEqual([...range(130, 91), ...range(49, 1)].filter((i) => i % 3 === 0));
  });
});
