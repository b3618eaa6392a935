import { describe, expect, it } from 'vitest';
import { sortKeys, sortRows } from '@renderer/features/applications/list/sort';
import type { ApplicationListRow } from '@renderer/services/queries/application-list';

function row(id: string, title: string, organisationName: string, amountAppliedOre = 0): ApplicationListRow {
  return {
    id, title, organisationName, amountAppliedOre,
    callId: 'c', kind: 'enkelttiltak', subGoals: ['A'], status: 'mottatt', receivedDate: '2020-01-01',
    orgnr: '', organisationKind: undefined, screeningSummary: 'bestatt', searchText: '',
  };
}

const ROWS = [row('1', 'Åpen dag', 'Bø'), row('2', 'tiltak 10', 'Arna'), row('3', 'Tiltak 2', 'Østre'), row('4', 'Ærlig prat', 'arna')];

describe('sorting the application list', () => {
  it('sorts titles in Norwegian order, numbers by value, both ways, ties in the given order', () => {
    expect(sortRows(ROWS, { column: 'title', desc: false }).map((r) => r.title)).toEqual(['Tiltak 2', 'tiltak 10', 'Ærlig prat', 'Åpen dag']);
    expect(sortRows(ROWS, { column: 'title', desc: true }).map((r) => r.title)).toEqual(['Åpen dag', 'Ærlig prat', 'tiltak 10', 'Tiltak 2']);
    // "arna" and "Arna" differ only in case: lower case first, then the given order.
    expect(sortRows(ROWS, { column: 'organisation', desc: false }).map((r) => r.id)).toEqual(['4', '2', '1', '3']);
  });

  it('ranks a column once per row set and reuses the ranks on the next click', () => {
    const first = sortKeys(ROWS, 'title');
    sortRows(ROWS, { column: 'title', desc: true });
    expect(sortKeys(ROWS, 'title')).toBe(first);
    // A new row set (the list read again) is ranked afresh.
    const again = [...ROWS];
    expect(sortKeys(again, 'title')).not.toBe(first);
    expect([...sortKeys(again, 'title')]).toEqual([...first]);
  });

  it('keeps each sorted order of a row set, so going back to it costs nothing', () => {
    const rows = [...ROWS];
    const byTitle = sortRows(rows, { column: 'title', desc: false });
    sortRows(rows, { column: 'organisation', desc: true });
    expect(sortRows(rows, { column: 'title', desc: false })).toBe(byTitle);
    expect(sortRows([...rows], { column: 'title', desc: false })).not.toBe(byTitle);
  });

  it('sorts amounts as numbers', () => {
    const rows = [row('a', 'x', 'x', 900), row('b', 'x', 'x', 10_000), row('c', 'x', 'x', 50)];
    expect(sortRows(rows, { column: 'amount', desc: false }).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});
