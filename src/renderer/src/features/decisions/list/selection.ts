// Which rows of a big list are picked, without touching every row on a click: «Velg alle» keeps
// the row set it was given (the rows on screen then) and the few taken out since, so selecting
// 50 000 rows and unticking one are each a constant amount of work while the list stays the same.
// Rows that come later (another window adds an application) are never picked unseen; rows that
// have left never count.

export type Selection =
  | { kind: 'some'; ids: ReadonlySet<string> }
  | { kind: 'all'; source: readonly unknown[]; idOf: (row: never) => string; except: ReadonlySet<string> };

export const NOTHING_SELECTED: Selection = { kind: 'some', ids: new Set() };

/** The ids of an «all» selection's rows, built only when the list has changed since. */
const idsOfSource = new WeakMap<readonly unknown[], ReadonlySet<string>>();

function sourceIds(selection: Extract<Selection, { kind: 'all' }>): ReadonlySet<string> {
  let ids = idsOfSource.get(selection.source);
  if (!ids) {
    const idOf = selection.idOf as (row: unknown) => string;
    ids = new Set(selection.source.map(idOf));
    idsOfSource.set(selection.source, ids);
  }
  return ids;
}

/**
 * Whether the row is picked. `rows` is the list the row is shown in: when it is the row set
 * «Velg alle» was clicked on, no set of ids is needed.
 */
export function isSelected(selection: Selection, id: string, rows?: readonly unknown[]): boolean {
  if (selection.kind === 'some') return selection.ids.has(id);
  if (selection.except.has(id)) return false;
  return rows === selection.source || sourceIds(selection).has(id);
}

/** Every row given (the rows the list shows now). */
export function selectAll<R>(rows: readonly R[], idOf: (row: R) => string): Selection {
  return { kind: 'all', source: rows, idOf: idOf as (row: never) => string, except: new Set() };
}

/** The row picked if it was not, taken out if it was. */
export function toggle(selection: Selection, id: string): Selection {
  const on = isSelected(selection, id);
  if (selection.kind === 'some') {
    const ids = new Set(selection.ids);
    if (on) ids.delete(id);
    else ids.add(id);
    return { kind: 'some', ids };
  }
  if (!on && !sourceIds(selection).has(id)) {
    // A row that came after «Velg alle»: from now on an explicit list.
    const ids = new Set([...sourceIds(selection)].filter((x) => !selection.except.has(x)));
    ids.add(id);
    return { kind: 'some', ids };
  }
  const except = new Set(selection.except);
  if (on) except.add(id);
  else except.delete(id);
  return { ...selection, except };
}

/** The picked rows among `rows`, in their order; `rows` itself when every one of them is picked by «Velg alle». */
export function selectedRows<R>(selection: Selection, rows: readonly R[], idOf: (row: R) => string): readonly R[] {
  if (selection.kind === 'all' && selection.source === rows && selection.except.size === 0) return rows;
  const out: R[] = [];
  for (const row of rows) if (isSelected(selection, idOf(row), rows)) out.push(row);
  return out;
}

/** Whether all, some or none of `rows` are picked: the header checkbox's state. */
export function selectionState<R>(selection: Selection, rows: readonly R[], idOf: (row: R) => string): 'all' | 'some' | 'none' {
  const picked = selectedRows(selection, rows, idOf).length;
  return picked === 0 ? 'none' : picked === rows.length ? 'all' : 'some';
}
