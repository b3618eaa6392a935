import { describe, expect, it } from 'vitest';
import { compareIso, compareNb, groupByText, rankTexts, rowRanks } from '@renderer/domain/collate';

describe('Norwegian collation', () => {
  it('puts æ, ø and å after z, in that order, whatever the case', () => {
    const names = ['Åsane IL', 'østre lag', 'Zebra', 'Ærlig talt', 'aktiv', 'Ørsta', 'Bø', 'Bo'];
    expect(names.toSorted(compareNb)).toEqual(['aktiv', 'Bo', 'Bø', 'Zebra', 'Ærlig talt', 'Ørsta', 'østre lag', 'Åsane IL']);
  });

  it('orders numbers in text by value', () => {
    expect(['Tiltak 10', 'Tiltak 2', 'Tiltak 1'].toSorted(compareNb)).toEqual(['Tiltak 1', 'Tiltak 2', 'Tiltak 10']);
  });

  it('compares ISO dates and timestamps by their characters', () => {
    expect(['2021-01-02', '2020-12-31', '2021-01-01'].toSorted(compareIso)).toEqual(['2020-12-31', '2021-01-01', '2021-01-02']);
    expect(compareIso('2020-03-10T10:00:00.000Z', '2020-03-10T10:00:00.000Z')).toBe(0);
  });
});

describe('rankTexts', () => {
  it('gives each distinct text its place in Norwegian order, equal texts the same rank', () => {
    const ranks = rankTexts(['Åsane', 'Bergen', 'Arna', 'Bergen', 'Ørsta']);
    expect(ranks.get('Arna')).toBe(0);
    expect(ranks.get('Bergen')).toBe(1);
    expect(ranks.get('Ørsta')).toBe(2);
    expect(ranks.get('Åsane')).toBe(3);
    expect(ranks.size).toBe(4);
  });

  it('gives texts the collator finds equal one rank (composed and decomposed å)', () => {
    const composed = 'Ås';
    const decomposed = 'A\u030As';
    const ranks = rankTexts([decomposed, 'Bø', composed]);
    expect(ranks.get(composed)).toBe(ranks.get(decomposed));
    expect(ranks.get('Bø')).toBeLessThan(ranks.get(composed)!);
  });

  it('ranks rows in their own order, so a sort by rank equals a sort by the collator', () => {
    const rows = [{ t: 'Tiltak 10' }, { t: 'Ål' }, { t: 'tiltak 2' }, { t: 'Tiltak 10' }, { t: 'Øy' }];
    const ranks = rowRanks(rows, (r) => r.t);
    expect(ranks[0]).toBe(ranks[3]);
    const byRank = rows.map((r, i) => ({ r, i })).toSorted((a, b) => ranks[a.i]! - ranks[b.i]! || a.i - b.i).map((x) => x.r.t);
    expect(byRank).toEqual(['tiltak 2', 'Tiltak 10', 'Tiltak 10', 'Øy', 'Ål']);
  });

  it('groups items by a text in Norwegian order, equal texts in one group in the items\' order', () => {
    const items = [{ n: 'Ås', i: 1 }, { n: 'bø', i: 2 }, { n: 'A\u030As', i: 3 }, { n: 'Bø', i: 4 }, { n: 'Zebra', i: 5 }];
    const groups = groupByText(items, (x) => x.n).map((g) => g.map((x) => x.i));
    // «bø» and «Bø» differ in case only, which the collator orders: two groups.
    expect(groups).toEqual([[2], [4], [5], [1, 3]]);
  });
});
