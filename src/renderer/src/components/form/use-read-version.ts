// Keeps the row a form was filled from, so a save can be refused when the stored row has moved on
// (another window saved it), and offers to take the other changes in without losing the officer's.
import { useState } from 'react';
import type { FieldValues, Path, PathValue, UseFormReturn } from 'react-hook-form';
import { changedFields } from '@renderer/services/stale-write';

export interface ReadVersion<R> {
  /** The row as the form was filled from (undefined for a new one): pass it to the update service. */
  readRow: R | undefined;
  /** Stored field names changed elsewhere since; empty while the form is up to date. */
  changedElsewhere: readonly string[];
  /** Fills the form from the stored row, keeping every field the officer has changed. */
  takeChanges: () => void;
}

export function useReadVersion<R extends object, V extends FieldValues>(
  live: R | undefined,
  form: UseFormReturn<V>,
  toValues: (row: R) => V,
): ReadVersion<R> {
  const [readRow, setReadRow] = useState(live);
  // Read during render so react-hook-form keeps dirtyFields up to date for takeChanges.
  const { dirtyFields } = form.formState;
  const changedElsewhere =
    readRow === live || !readRow || !live
      ? []
      : changedFields(readRow as Record<string, unknown>, live as Record<string, unknown>);

  const takeChanges = () => {
    if (!live) return;
    const mine = form.getValues();
    const dirty = Object.keys(dirtyFields) as Path<V>[];
    form.reset(toValues(live));
    for (const name of dirty) {
      form.setValue(name, mine[name] as PathValue<V, Path<V>>, { shouldDirty: true });
    }
    setReadRow(live);
  };
  return { readRow, changedElsewhere, takeChanges };
}
