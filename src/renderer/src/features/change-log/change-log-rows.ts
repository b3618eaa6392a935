// Change-log entries prepared for the screen: labels, what changed, and a lower-cased search text,
// so filtering runs in memory and never as a Dexie filter.
import type { ChangeLogEntry, EntityName } from '@renderer/domain/change-log';
import { changeLogText, entityLabel } from '@renderer/i18n/change-log';

export interface ChangeLogRow {
  id: number;
  at: string;
  actor: string;
  entity: EntityName;
  entityId: string;
  action: ChangeLogEntry['action'];
  /** A name or title from the entry, if it has one. */
  subject: string;
  fields: string[];
  search: string;
  entry: ChangeLogEntry;
}

// Bookkeeping that changes on every write and says nothing by itself.
const IGNORED_FIELDS = new Set(['updatedAt']);
const SUBJECT_KEYS = ['title', 'name', 'officerName'] as const;

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export function changedFields(before: unknown, after: unknown): string[] {
  if (before === null || after === null) return [];
  const [b, a] = [asObject(before), asObject(after)];
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !IGNORED_FIELDS.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .sort();
}

function subjectOf(entry: ChangeLogEntry): string {
  for (const source of [asObject(entry.after), asObject(entry.before)]) {
    for (const key of SUBJECT_KEYS) {
      const value = source[key];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return '';
}

export function toChangeLogRow(entry: ChangeLogEntry): ChangeLogRow {
  const fields = entry.action === 'endret' || entry.action === 'overstyrt' ? changedFields(entry.before, entry.after) : [];
  const subject = subjectOf(entry);
  const search = [entry.actor, entityLabel(entry.entity), entry.entityId, subject, changeLogText.actions[entry.action], ...fields]
    .join('\n')
    .toLocaleLowerCase('nb');
  return {
    id: entry.id ?? 0,
    at: entry.at,
    actor: entry.actor,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    subject,
    fields,
    search,
    entry,
  };
}

export interface ChangeLogFilter {
  entity: EntityName | '';
  actor: string;
  text: string;
}

export const NO_FILTER: ChangeLogFilter = { entity: '', actor: '', text: '' };

export function filterRows(rows: readonly ChangeLogRow[], filter: ChangeLogFilter): ChangeLogRow[] {
  const words = filter.text.toLocaleLowerCase('nb').split(/\s+/).filter(Boolean);
  return rows.filter(
    (r) =>
      (filter.entity === '' || r.entity === filter.entity) &&
      (filter.actor === '' || r.actor === filter.actor) &&
      words.every((w) => r.search.includes(w)),
  );
}
