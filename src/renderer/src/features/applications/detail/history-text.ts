// One change-log entry → one sentence in plain Norwegian ("Endret søkt beløp fra kr 8 000 til kr 12 000").
import type { HistoryEntry } from '@renderer/services/queries/application-history';
import type { ApplicationStatus } from '@renderer/domain/application';
import type { Screening } from '@renderer/domain/screening';
import { effectiveResults } from '@renderer/domain/screening/effective';
import { failedRules, screeningSummary } from '@renderer/domain/screening/summary';
import { formatDate, formatMoney } from '@renderer/i18n/format';
import { screeningStatusText } from '@renderer/i18n/form';
import { detailText, FIELD_NAMES } from '@renderer/i18n/applications';
import { OUTCOME_TEXT } from '@renderer/i18n/screening';
import { APPLICATION_KIND_LABELS, APPLICATION_LOCATION_LABELS, APPLICATION_STATUS_LABELS } from '@renderer/domain/vocabulary';

const h = detailText.history;

function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

function record(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** A short value for simple fields; undefined when a value would not help (lists, long text). */
function shown(field: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return detailText.none;
  if (field.endsWith('Ore') && typeof value === 'number') return formatMoney(value);
  if ((field === 'receivedDate' || field.startsWith('period')) && typeof value === 'string') return formatDate(value);
  if (field === 'kind') return APPLICATION_KIND_LABELS[value as keyof typeof APPLICATION_KIND_LABELS];
  if (field === 'location') return APPLICATION_LOCATION_LABELS[value as keyof typeof APPLICATION_LOCATION_LABELS];
  if (typeof value === 'boolean') return value ? detailText.yes : detailText.no;
  if (typeof value === 'number') return String(value);
  if (field === 'title' && typeof value === 'string') return `«${value}»`;
  return undefined;
}

function describeField(field: string, before: Record<string, unknown>, after: Record<string, unknown>): string {
  const name = FIELD_NAMES[field] ?? field;
  const from = shown(field, before[field]);
  const to = shown(field, after[field]);
  return from !== undefined && to !== undefined ? `${name} fra ${from} til ${to}` : name;
}

function screeningSentence(prefix: string, after: unknown): string {
  const s = after as Screening | null;
  if (!s?.results) return prefix;
  const effective = effectiveResults(s.results, s.overrides ?? []);
  const failed = failedRules(effective);
  const summary = screeningStatusText[screeningSummary(effective)];
  return `${prefix}: ${summary}${failed.length ? ` (${failed.join(', ')})` : ''}`;
}

export function describeHistoryEntry(entry: HistoryEntry): string {
  const before = record(entry.before);
  const after = record(entry.after);
  if (entry.entity === 'screenings') {
    if (entry.action === 'overstyrt') {
      const overrides = (after.overrides as Screening['overrides'] | undefined) ?? [];
      const last = overrides[overrides.length - 1];
      return last ? h.overridden(last.rule, OUTCOME_TEXT[last.result], last.reason) : h.rescreened;
    }
    return screeningSentence(entry.action === 'opprettet' ? h.screened : h.rescreened, entry.after);
  }
  if (entry.action === 'opprettet') return h.created;
  if (entry.action === 'slettet') return h.deleted;
  const fields = entry.changedFields.filter((f) => f !== 'updatedAt');
  if (fields.length === 1 && fields[0] === 'status') {
    return h.status(
      APPLICATION_STATUS_LABELS[before.status as ApplicationStatus],
      APPLICATION_STATUS_LABELS[after.status as ApplicationStatus],
    );
  }
  return h.changed(joinAnd(fields.map((f) => describeField(f, before, after))));
}
