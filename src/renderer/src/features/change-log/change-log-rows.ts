// Change-log entries prepared for the screen: what each is about by name, what changed, and a lower-cased search text,
// so free-text filtering runs in memory (over the search index, change-log-reader.ts), never as a Dexie filter.
import type { ChangeLogEntry, EntityName } from '@renderer/domain/change-log';
import { changeLogText, entityLabel } from '@renderer/i18n/change-log';
import { fieldLabel } from '@renderer/i18n/change-log-fields';
import { changedFields } from './describe-change';
import { subjectOf, type SubjectNames } from './change-log-subjects';

export interface ChangeLogRow {
  id: number;
  at: string;
  actor: string;
  entity: EntityName;
  entityId: string;
  action: ChangeLogEntry['action'];
  /** What the entry is about, by name (the id when nothing names it). */
  subject: string;
  /** Codes of the changed fields (the table shows them by label, with old → new). */
  fields: string[];
  search: string;
  entry: ChangeLogEntry;
}

export function toChangeLogRow(entry: ChangeLogEntry, names: SubjectNames): ChangeLogRow {
  const fields = entry.action === 'endret' || entry.action === 'overstyrt' ? changedFields(entry.before, entry.after) : [];
  const subject = subjectOf(entry, names);
  const labels = fields.map((f) => fieldLabel(entry.entity, f));
  const search = [entry.actor, entityLabel(entry.entity), entry.entityId, subject, changeLogText.actions[entry.action], ...fields, ...labels]
    .join('\n')
    // Plain lower case: the same as Norwegian's (only Turkish, Azeri and Lithuanian differ), and far
    // cheaper over 100 000 entries than toLocaleLowerCase.
    .toLowerCase();
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

/** A matcher for the filter: entity, actor, and every word of the text somewhere in the search text. */
export function filterMatcher(filter: ChangeLogFilter): (row: Pick<ChangeLogRow, 'entity' | 'actor' | 'search'>) => boolean {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return (r) =>
    (filter.entity === '' || r.entity === filter.entity) &&
    (filter.actor === '' || r.actor === filter.actor) &&
    words.every((w) => r.search.includes(w));
}
