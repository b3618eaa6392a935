// What each entry is about, by name: the call's title, the organisation's name, the application's
// title and applicant. Read in bulk per table for all entries (data/read-keys.ts), never per row.
import type { AppDatabase } from '@renderer/data/db';
import { readByIds } from '@renderer/data/read-keys';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import { formatDate } from '@renderer/domain/vocabulary';
import { changeLogText } from '@renderer/i18n/change-log';

interface ApplicationName {
  title: string;
  organisationId: string;
}

export interface SubjectNames {
  calls: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
  applications: ReadonlyMap<string, ApplicationName>;
  /** decision id → application id */
  decisions: ReadonlyMap<string, string>;
}

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

function text(entry: ChangeLogEntry, key: string): string | undefined {
  for (const source of [asObject(entry.after), asObject(entry.before)]) {
    const value = source[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  return undefined;
}

/** The id an entry points at through `key`, or its own id when it is that kind of entity. */
function ref(entry: ChangeLogEntry, key: 'callId' | 'organisationId' | 'applicationId' | 'decisionId'): string | undefined {
  const own = { callId: 'calls', organisationId: 'organisations', applicationId: 'applications', decisionId: 'decisions' }[key];
  return entry.entity === own ? entry.entityId : text(entry, key);
}

async function readMap<T, V>(
  ids: Set<string>,
  known: Map<string, V>,
  read: (ids: string[]) => Promise<readonly (T | undefined)[]>,
  pick: (row: T) => [string, V],
): Promise<Map<string, V>> {
  const missing = [...ids].filter((id) => !known.has(id));
  if (missing.length === 0) return known;
  for (const row of await read(missing)) if (row !== undefined) known.set(...pick(row));
  return known;
}

/** Names already read, kept across calls of loadSubjectNames (a log read in chunks). */
export interface SubjectNameCache {
  calls: Map<string, string>;
  organisations: Map<string, string>;
  applications: Map<string, ApplicationName>;
  decisions: Map<string, string>;
}

export const emptySubjectNameCache = (): SubjectNameCache => ({
  calls: new Map(),
  organisations: new Map(),
  applications: new Map(),
  decisions: new Map(),
});

/**
 * The names these entries' subjects need, read in bulk. With a cache, only names not in it are read
 * and the cache grows (its maps are returned).
 */
export async function loadSubjectNames(
  db: AppDatabase,
  entries: readonly ChangeLogEntry[],
  cache: SubjectNameCache = emptySubjectNameCache(),
): Promise<SubjectNames> {
  const ids = { calls: new Set<string>(), organisations: new Set<string>(), applications: new Set<string>(), decisions: new Set<string>() };
  for (const entry of entries) {
    const call = ref(entry, 'callId');
    const organisation = ref(entry, 'organisationId');
    const application = ref(entry, 'applicationId');
    const decision = ref(entry, 'decisionId');
    if (call) ids.calls.add(call);
    if (organisation) ids.organisations.add(organisation);
    if (application) ids.applications.add(application);
    if (decision) ids.decisions.add(decision);
  }
  const decisions = await readMap(ids.decisions, cache.decisions, (k) => readByIds(db.decisions, k), (d) => [d.id, d.applicationId]);
  for (const id of ids.decisions) {
    const applicationId = decisions.get(id);
    if (applicationId) ids.applications.add(applicationId);
  }
  const applications = await readMap(ids.applications, cache.applications, (k) => readByIds(db.applications, k), (a): [string, ApplicationName] => [
    a.id,
    { title: a.title, organisationId: a.organisationId },
  ]);
  for (const id of ids.applications) {
    const application = applications.get(id);
    if (application) ids.organisations.add(application.organisationId);
  }
  const [calls, organisations] = await Promise.all([
    readMap(ids.calls, cache.calls, (k) => readByIds(db.calls, k), (c) => [c.id, c.title]),
    readMap(ids.organisations, cache.organisations, (k) => readByIds(db.organisations, k), (o) => [o.id, o.name]),
  ]);
  return { calls, organisations, applications, decisions };
}

function applicationSubject(names: SubjectNames, applicationId: string | undefined): string | undefined {
  const application = applicationId ? names.applications.get(applicationId) : undefined;
  if (!application) return undefined;
  const organisation = names.organisations.get(application.organisationId);
  return organisation ? `${application.title} – ${organisation}` : application.title;
}

/** The entry's subject by name; its id only when nothing names it (e.g. a row deleted long ago). */
export function subjectOf(entry: ChangeLogEntry, names: SubjectNames): string {
  if (entry.action === 'gjenopprettet') return changeLogText.restoreSubject;
  switch (entry.entity) {
    case 'settings':
      return changeLogText.settingsSubject;
    case 'calls':
      return names.calls.get(entry.entityId) ?? text(entry, 'title') ?? entry.entityId;
    case 'organisations':
      return names.organisations.get(entry.entityId) ?? text(entry, 'name') ?? entry.entityId;
    case 'meetings': {
      const date = text(entry, 'date');
      const call = names.calls.get(ref(entry, 'callId') ?? '');
      return [date ? changeLogText.meetingSubject(formatDate(date)) : undefined, call].filter(Boolean).join(' – ') || entry.entityId;
    }
    default: {
      const decision = ref(entry, 'decisionId');
      const applicationId = ref(entry, 'applicationId') ?? (decision ? names.decisions.get(decision) : undefined);
      const own = text(entry, 'title') ?? text(entry, 'name') ?? text(entry, 'fileName');
      return applicationSubject(names, applicationId) ?? own ?? entry.entityId;
    }
  }
}
