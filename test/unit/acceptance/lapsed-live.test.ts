// The call's budget (CallBudgetTable) is a live query that reads which grants lapsed. A lapse
// recorded afterwards must re-run it: the read has to be one Dexie's live queries watch, also for
// many scattered decisions, where the raw requests of data/index-each.ts would go unseen.
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@renderer/data/db';
import type { Acceptance } from '@renderer/domain/acceptance';
import { lapsedDecisionIds } from '@renderer/services/acceptance/lapsed';

const at = '2024-01-01T00:00:00.000Z';
const accepted = (decisionId: string): Acceptance => ({
  id: `a-${decisionId}`, createdAt: at, updatedAt: at, decisionId, status: 'akseptert', receivedDate: '2024-03-01', channel: 'e-post',
});

describe('lapsedDecisionIds in a live query', () => {
  // 2 000 acceptances; the query asks for every 100th decision (20 keys: few and scattered) or every
  // 40th (50 keys: too scattered to read as one span).
  it.each([100, 40])('re-runs when a grant among scattered decisions (every %ith) lapses', async (every) => {
    const db = openDatabase(`lapsed-live-${every}`);
    const all = Array.from({ length: 2_000 }, (_, i) => `d-${String(i).padStart(5, '0')}`);
    await db.acceptances.bulkAdd(all.map(accepted));
    const asked = all.filter((_, i) => i % every === 0);
    const seen: Set<string>[] = [];
    const subscription = liveQuery(() => lapsedDecisionIds(db, asked)).subscribe((value) => seen.push(value));
    await expect.poll(() => seen.length).toBe(1);
    expect([...seen[0]!]).toEqual([]);

    await db.acceptances.put({ ...accepted(asked[7]!), status: 'bortfalt', lapsedDate: '2024-06-01', receivedDate: undefined, channel: undefined });
    // The query runs again and gives the lapse (Dexie may first emit an optimistic result, so
    // what counts is the last emission, not how many there were).
    await expect.poll(() => [...seen.at(-1)!]).toEqual([asked[7]]);
    expect(seen.length).toBeGreaterThan(1);
    subscription.unsubscribe();
  });
});
