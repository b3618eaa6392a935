// Which application a row is: by ekstern_id within the call, or else by orgnr + tittel in the call.
// Two different portal references never match, even with the same organisation and title.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import { normaliseOrgnr } from '@renderer/domain/identifiers';

export interface MatchKey {
  externalId?: string;
  orgnr: string;
  title: string;
}

/** Titles match regardless of case and spacing. */
export function normaliseTitle(title: string): string {
  return title.trim().toLowerCase().replace(/\s+/g, ' ');
}

function orgTitleKey(key: MatchKey): string {
  return `${normaliseOrgnr(key.orgnr)}|${normaliseTitle(key.title)}`;
}

/** Holds known applications (or earlier rows) and finds the one a key matches. */
export class ApplicationMatcher<T> {
  private readonly byExternalId = new Map<string, T>();
  private readonly byOrgTitle = new Map<string, { value: T; externalId?: string }[]>();

  add(key: MatchKey, value: T): void {
    if (key.externalId) this.byExternalId.set(key.externalId, value);
    const k = orgTitleKey(key);
    this.byOrgTitle.set(k, [...(this.byOrgTitle.get(k) ?? []), { value, externalId: key.externalId }]);
  }

  find(key: MatchKey): T | undefined {
    if (key.externalId) {
      const byId = this.byExternalId.get(key.externalId);
      if (byId !== undefined) return byId;
    }
    const candidates = this.byOrgTitle.get(orgTitleKey(key)) ?? [];
    return candidates.find((c) => !key.externalId || !c.externalId || c.externalId === key.externalId)?.value;
  }
}

/** A matcher over the call's applications as they are in the database now. */
export async function matcherForCall(
  db: AppDatabase,
  callId: string,
): Promise<ApplicationMatcher<Application>> {
  return matcherForApplications(db, await db.applications.where('callId').equals(callId).toArray());
}

/** A matcher over applications already read (the commit reads the call's once and reuses them). */
export async function matcherForApplications(
  db: AppDatabase,
  applications: readonly Application[],
): Promise<ApplicationMatcher<Application>> {
  const organisationIds = [...new Set(applications.map((a) => a.organisationId))];
  const organisations = await db.organisations.bulkGet(organisationIds);
  const orgnrById = new Map(organisations.flatMap((o) => (o ? [[o.id, o.orgnr] as const] : [])));
  const matcher = new ApplicationMatcher<Application>();
  for (const app of applications) {
    matcher.add({ externalId: app.externalId, orgnr: orgnrById.get(app.organisationId) ?? '', title: app.title }, app);
  }
  return matcher;
}
