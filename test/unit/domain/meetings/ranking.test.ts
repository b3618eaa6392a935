import { describe, expect, it } from 'vitest';
import { rankApplications, type RankInput } from '@renderer/domain/meetings/ranking';

const row = (id: string, total: number | null, patch: Partial<RankInput> = {}): RankInput => ({
  applicationId: id,
  weightedTotal: total,
  subGoals: ['A'],
  receivedDate: '2020-02-01',
  reference: id.toUpperCase(),
  ...patch,
});

describe('rankApplications', () => {
  it('orders by score, then the prioritised sub-goal, then date received, then reference', () => {
    const items = [
      row('d', 4.5, { reference: 'B2' }),
      row('none', null),
      row('c', 4.5, { reference: 'B1' }),
      row('b', 4.5, { subGoals: ['C'], receivedDate: '2020-02-03' }),
      row('e', 4.5, { receivedDate: '2020-01-20' }),
      row('a', 5.1),
    ];
    const ranked = rankApplications(items, 'C');
    expect(ranked.map((r) => [r.rank, r.item.applicationId, r.decidedBy])).toEqual([
      [1, 'a', undefined],
      [2, 'b', 'poeng'],
      [3, 'e', 'prioritert_delmal'],
      [4, 'c', 'mottatt'],
      [5, 'd', 'referanse'],
      [6, 'none', 'poeng'],
    ]);
    expect(ranked[1]!.prioritised).toBe(true);
  });

  it('gives the same order whatever order the input comes in', () => {
    const items = [row('x', 3), row('y', 3), row('z', 3, { reference: 'X' }), row('w', null), row('v', null)];
    const first = rankApplications(items).map((r) => r.item.applicationId);
    const reversed = rankApplications(items.toReversed()).map((r) => r.item.applicationId);
    expect(reversed).toEqual(first);
    expect(first).toEqual(['x', 'z', 'y', 'v', 'w']);
  });
});
