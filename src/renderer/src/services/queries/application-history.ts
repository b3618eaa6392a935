// The change log of one application and of its screening, newest first: who did what, when.
import type { AppDatabase } from '@renderer/data/db';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import { sameJson } from '../logged-write';

export interface HistoryEntry extends ChangeLogEntry {
  /** Top-level fields that differ between before and after (all of them on creation). */
  changedFields: string[];
}

function changedFields(before: unknown, after: unknown): string[] {
  const asObject = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  const b = asObject(before);
  const a = asObject(after);
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => k !== 'updatedAt' && !sameJson(b[k], a[k]))
    .sort();
}

export async function getApplicationHistory(
  db: AppDatabase,
  applicationId: string,
): Promise<HistoryEntry[]> {
  return db.transaction('r', db.screenings, db.changeLog, async () => {
    const screeningIds = await db.screenings.where('applicationId').equals(applicationId).primaryKeys();
    const keys: Array<[string, string]> = [
      ['applications', applicationId],
      ...screeningIds.map((id): [string, string] => ['screenings', id]),
    ];
    const entries = await db.changeLog.where('[entity+entityId]').anyOf(keys).toArray();
    return entries
      .sort((x, y) => (x.at !== y.at ? (x.at < y.at ? 1 : -1) : (y.id ?? 0) - (x.id ?? 0)))
      .map((e) => ({ ...e, changedFields: changedFields(e.before, e.after) }));
  });
}
