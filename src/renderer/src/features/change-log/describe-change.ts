// An entry's changed fields in plain words: «Søknadsfrist: 01.02.2024 → 15.02.2024». Money as kr,
// dates as Norwegian dates, codes by their labels; what cannot be said briefly (letter texts, budget
// lines) is named as changed and left to the detail view, which shows the raw before/after.
import type { ChangeLogEntry, EntityName } from '@renderer/domain/change-log';
import {
  APPLICATION_KIND_LABELS,
  APPLICATION_LOCATION_LABELS,
  APPLICATION_STATUS_LABELS,
  CALL_STATUS_LABELS,
  DECISION_OUTCOME_LABELS,
  formatAccountNumber,
  formatDate,
  formatMoney,
  formatNumber,
  formatOrgnr,
  formatTimestamp,
  ORGANISATION_KIND_LABELS,
  TARGET_GROUP_LABELS,
} from '@renderer/domain/vocabulary';
import { appealChannelText, imdiOutcomeText, postponementAnswerText } from '@renderer/i18n/appeals';
import { ROLE_TEXT } from '@renderer/i18n/assessment';
import { fieldLabel } from '@renderer/i18n/change-log-fields';
import { changeLogText } from '@renderer/i18n/change-log';

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

type Labels = Readonly<Record<string, string>>;

// Codes shown by their labels, per entity and field (a field with the same codes everywhere is under '*').
const CODE_LABELS: Partial<Record<EntityName | '*', Record<string, Labels>>> = {
  '*': { targetGroups: TARGET_GROUP_LABELS, location: APPLICATION_LOCATION_LABELS, outcome: DECISION_OUTCOME_LABELS },
  calls: { status: CALL_STATUS_LABELS },
  applications: { status: APPLICATION_STATUS_LABELS, kind: APPLICATION_KIND_LABELS },
  organisations: { kind: ORGANISATION_KIND_LABELS },
  appeals: { channel: appealChannelText, imdiOutcome: imdiOutcomeText, postponementAnswer: postponementAnswerText },
  people: { role: ROLE_TEXT },
};

// Bookkeeping that changes on every write and says nothing by itself.
const IGNORED_FIELDS = new Set(['updatedAt']);
const MAX_TEXT = 80;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** The codes of the fields that differ between before and after, sorted. */
export function changedFields(before: unknown, after: unknown): string[] {
  if (before === null || after === null) return [];
  const [b, a] = [asObject(before), asObject(after)];
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !IGNORED_FIELDS.has(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .sort();
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function scalar(entity: EntityName, field: string, value: unknown): string | null {
  if (typeof value === 'boolean') return value ? changeLogText.yes : changeLogText.no;
  if (typeof value === 'number') return field.endsWith('Ore') && Number.isSafeInteger(value) ? formatMoney(value) : formatNumber(value);
  if (typeof value !== 'string') return null;
  const labels = CODE_LABELS[entity]?.[field] ?? CODE_LABELS['*']?.[field];
  if (labels?.[value]) return labels[value];
  if (field === 'orgnr') return formatOrgnr(value);
  if (field === 'accountNumber') return formatAccountNumber(value);
  if (ISO_DATE.test(value)) return formatDate(value);
  if (ISO_TIMESTAMP.test(value)) return formatTimestamp(value);
  const text = value.replace(/\s+/g, ' ').trim();
  return `«${text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text}»`;
}

/** One value as an officer reads it; null when it cannot be said briefly. */
export function describeValue(entity: EntityName, field: string, value: unknown): string | null {
  if (isEmpty(value)) return changeLogText.emptyValue;
  if (Array.isArray(value)) {
    const parts = value.map((v) => (typeof v === 'string' && /^[A-C]$/.test(v) ? v : scalar(entity, field, v)));
    return parts.every((p): p is string => p !== null) ? parts.join(', ') : null;
  }
  if (typeof value === 'object') {
    // Amounts per sub-goal, { A: 100000, B: 50000 }: short enough to say.
    const entries = Object.entries(value as Record<string, unknown>);
    if (field.endsWith('Ore') && entries.every(([, v]) => typeof v === 'number')) {
      return entries.map(([k, v]) => `${k}: ${formatMoney(v as number)}`).join(', ');
    }
    return null;
  }
  return scalar(entity, field, value);
}

/** The changed fields of an edit, each with its label and, when short, old → new in plain form. */
export function fieldChanges(entry: ChangeLogEntry): FieldChange[] {
  const [b, a] = [asObject(entry.before), asObject(entry.after)];
  return changedFields(entry.before, entry.after).map((field) => {
    const before = describeValue(entry.entity, field, b[field]);
    const after = describeValue(entry.entity, field, a[field]);
    const plain = before !== null && after !== null;
    return {
      field,
      label: fieldLabel(entry.entity, field),
      before: plain ? before : '',
      after: plain ? after : changeLogText.changedSeeDetails,
    };
  });
}

/** What a restore from backup did, in one sentence. */
export function restoreSummary(entry: ChangeLogEntry): string {
  const after = asObject(entry.after);
  const created = typeof after['backupCreatedAt'] === 'string' ? formatTimestamp(after['backupCreatedAt']) : '';
  return changeLogText.restoreSummary(created, after['encrypted'] === true);
}
