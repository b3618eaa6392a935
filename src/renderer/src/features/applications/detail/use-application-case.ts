// Everything the application page shows, read live so it follows every change.
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { Call } from '@renderer/domain/call';
import type { Organisation } from '@renderer/domain/organisation';
import type { Screening } from '@renderer/domain/screening';

export interface ApplicationCase {
  application: Application;
  organisation: Organisation | undefined;
  call: Call | undefined;
  screening: Screening | undefined;
}

/** undefined while loading, null when there is no such application. */
export function useApplicationCase(id: string): ApplicationCase | null | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const application = await db.applications.get(id);
    if (!application) return null;
    const [organisation, call, screening] = await Promise.all([
      db.organisations.get(application.organisationId),
      db.calls.get(application.callId),
      db.screenings.where('applicationId').equals(id).first(),
    ]);
    return { application, organisation, call, screening };
  }, [id]);
}
