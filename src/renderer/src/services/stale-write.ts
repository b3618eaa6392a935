// The lost-update check: a write names the row as the officer read it, and is refused when the
// stored row differs from it (someone saved it elsewhere since). Comparing content rather than
// updatedAt also catches two saves within the same millisecond. Runs inside the write's transaction,
// so the check and the write see the same row.
import type { EntityTableName } from '@renderer/data/entity-tables';
import { StaleWriteError } from './errors';
import { sameJson } from './logged-write';

export interface WriteVersion {
  /** The row as the form was filled from; omitted by writes that read and write in one go. */
  readRow?: object;
}

const IGNORED_FIELDS = new Set(['updatedAt']);

export function assertNotStale(table: EntityTableName, stored: { id: string }, version: WriteVersion): void {
  const read = version.readRow;
  if (read === undefined) return;
  const changed = changedFields(read as Record<string, unknown>, stored as Record<string, unknown>);
  if (changed.length > 0) throw new StaleWriteError(table, stored.id, changed);
}

/** Field names whose value differs between two versions of a row. */
export function changedFields(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => !IGNORED_FIELDS.has(key) && !sameJson(a[key], b[key]));
}
