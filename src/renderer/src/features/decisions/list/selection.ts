// Which rows of a big list are picked, without touching every row on a click: «Velg alle» keeps
// the ids it was given (the rows on screen then) and the few taken out since, so selecting 50 000
// rows and unticking one are each a constant amount of work. Rows that come later (another window
// adds an application) are never picked unseen; rows that have left never count.

export type Selection =
  | { kind: 'some'; ids: ReadonlySet<string> }
  | { kind: 'all'; of: ReadonlySet<string>; except: ReadonlySet<string> };

export const NOTHING_SELECTED: Selection = { kind: 'some', ids: new Set() };

export function isSelected(selection: Selection, id: string): boolean {
  return selection.kind === 'some' ? selection.ids.has(id) : selection.of.has(id) && !selection.except.has(id);
}

/** Every row given (the rows the list shows now). */
export function selectAll(ids: ReadonlySet<string>): Selection {
  return { kind: 'all', of: ids, except: new Set() };
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
  if (!on && !selection.of.has(id)) return { ...selection, kind: 'all', of: new Set([...selection.of, id]) };
  const except = new Set(selection.except);
  if (on) except.add(id);
  else except.delete(id);
  return { ...selection, except };
}

/** The picked rows among `rows`, in their order. */
export function selectedRows<R>(selection: Selection, rows: readonly R[], idOf: (row: R) => string): R[] {
  const out: R[] = [];
  for (const row of rows) if (isSelected(selection, idOf(row))) out.push(row);
  return out;
}

/** Whether all, some or none of `rows` are picked: the header checkbox's state. */
export function selectionState<R>(selection: Selection, rows: readonly R[], idOf: (row: R) => string): 'all' | 'some' | 'none' {
  let picked = 0;
  for (const row of rows) if (isSelected(selection, idOf(row))) picked++;
  return picked === 0 ? 'none' : picked === rows.length ? 'all' : 'some';
}
