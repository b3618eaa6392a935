import { describe, expect, it } from 'vitest';
import {
  NOTHING_SELECTED,
  isSelected,
  selectAll,
  selectedRows,
  selectionState,
  toggle,
} from '@renderer/features/decisions/list/selection';

const rows = (...ids: string[]) => ids.map((id) => ({ id }));
const idOf = (r: { id: string }) => r.id;
const ids = (list: readonly { id: string }[]) => list.map(idOf);

describe('the selection of the decision list', () => {
  it('picks every row with «Velg alle», then lets one go', () => {
    const list = rows('a', 'b', 'c', 'd');
    let selection = selectAll(list, idOf);
    expect(selectionState(selection, list, idOf)).toBe('all');
    selection = toggle(selection, 'c');
    expect(ids(selectedRows(selection, list, idOf))).toEqual(['a', 'b', 'd']);
    expect(selectionState(selection, list, idOf)).toBe('some');
    // And back again.
    selection = toggle(selection, 'c');
    expect(selectionState(selection, list, idOf)).toBe('all');
  });

  it('picks single rows and takes them out again', () => {
    const list = rows('a', 'b', 'c');
    let selection = toggle(toggle(NOTHING_SELECTED, 'b'), 'c');
    expect(ids(selectedRows(selection, list, idOf))).toEqual(['b', 'c']);
    selection = toggle(selection, 'b');
    expect(ids(selectedRows(selection, list, idOf))).toEqual(['c']);
    expect(selectionState(NOTHING_SELECTED, list, idOf)).toBe('none');
  });

  it('keeps to the rows shown when «Velg alle» was clicked when the filter is widened', () => {
    const all = rows('a', 'b', 'c', 'd');
    const filtered = all.filter((r) => r.id !== 'b' && r.id !== 'd');
    const selection = selectAll(filtered, idOf);
    expect(ids(selectedRows(selection, all, idOf))).toEqual(['a', 'c']);
    expect(selectionState(selection, all, idOf)).toBe('some');
    // A row the officer did not see can still be picked by hand.
    const more = toggle(selection, 'd');
    expect(ids(selectedRows(more, all, idOf))).toEqual(['a', 'c', 'd']);
    expect(isSelected(more, 'b')).toBe(false);
  });

  it('never counts a row that has left the list, nor one that came after «Velg alle»', () => {
    const selection = selectAll(rows('a', 'b', 'c'), idOf);
    const now = rows('a', 'c', 'new');
    expect(ids(selectedRows(selection, now, idOf))).toEqual(['a', 'c']);
    expect(isSelected(selection, 'new')).toBe(false);
  });

  it('selects 50 000 rows by keeping the row set it is given, and unticks one without copying it', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => ({ id: `id-${i}` }));
    const selection = selectAll(many, idOf);
    // Every row picked: the very same array, nothing copied or counted.
    expect(selectedRows(selection, many, idOf)).toBe(many);
    const fewer = toggle(selection, 'id-7');
    expect(fewer.kind === 'all' && fewer.source).toBe(many);
    expect(isSelected(fewer, 'id-7', many)).toBe(false);
    expect(isSelected(fewer, 'id-8', many)).toBe(true);
    expect(selectedRows(fewer, many, idOf)).toHaveLength(49_999);
  });

  it('turns into a list of ids when a row that came after «Velg alle» is picked', () => {
    const selection = toggle(selectAll(rows('a', 'b'), idOf), 'b');
    const more = toggle(selection, 'new');
    expect(more.kind).toBe('some');
    expect(ids(selectedRows(more, rows('a', 'b', 'new'), idOf))).toEqual(['a', 'new']);
  });
});
