// Removing personal data from closed cases past retention (settings.retentionYears, default 10 years
// after the grant year). The rows lose their personal fields; every log entry that held them keeps a
// SHA-256 of each removed value instead, and one 'fjernet' entry commits to the redacted entries'
// hashes so the change log still verifies (domain/change-log-chain.ts). All in one transaction.
import type { AppDatabase } from '@renderer/data/db';
import type { Application } from '@renderer/domain/application';
import type { ChangeLogEntry } from '@renderer/domain/change-log';
import { REDACTION_ACTION, type ChainedEntry, type RedactionCommitment } from '@renderer/domain/change-log-chain';
import type { Organisation } from '@renderer/domain/organisation';
import { osloDate } from '@renderer/domain/oslo-date';
import {
  DEFAULT_RETENTION_YEARS,
  PERSONAL_FIELDS,
  lastExpiredGrantYear,
  personalTexts,
  redactEntry,
  scrubEntry,
  scrubTexts,
  withoutPersonalData,
  type TableWithPersonalData,
} from '@renderer/domain/retention';
import { SETTINGS_ID } from '@renderer/domain/settings';
import { appendChangeLog, resolveStamp } from './change-log';
import type { ServiceContext } from './context';

export interface RetentionPlan {
  retentionYears: number;
  /** Cases with this grant year or older are past retention. */
  lastExpiredYear: number;
  organisations: Organisation[];
  applications: Application[];
}

export interface RetentionResult {
  organisations: number;
  applications: number;
  /** Change-log entries whose personal values were replaced by their hash. */
  logEntries: number;
}

/**
 * What a removal would touch today: applications in calls of an expired grant year that hold personal
 * fields, and organisations with personal fields, no application in a later grant year and no change
 * in the retention period (an organisation still in contact with the municipality keeps its data).
 */
export async function planRetention(db: AppDatabase, today: string): Promise<RetentionPlan> {
  const settings = await db.settings.get(SETTINGS_ID);
  const retentionYears = settings?.retentionYears ?? DEFAULT_RETENTION_YEARS;
  const lastExpiredYear = lastExpiredGrantYear(Number(today.slice(0, 4)), retentionYears);
  const calls = await db.calls.toArray();
  const expiredCallIds = new Set(calls.filter((c) => c.year <= lastExpiredYear).map((c) => c.id));
  const liveCallIds = calls.filter((c) => c.year > lastExpiredYear).map((c) => c.id);

  const applications = (await db.applications.where('callId').anyOf([...expiredCallIds]).toArray()).filter(
    (a) => withoutPersonalData('applications', a) !== undefined,
  );
  const activeOrganisationIds = new Set(
    (await db.applications.where('callId').anyOf(liveCallIds).toArray()).map((a) => a.organisationId),
  );
  const organisations = (await db.organisations.toArray()).filter(
    (o) =>
      !activeOrganisationIds.has(o.id) &&
      Number(osloDate(o.updatedAt).slice(0, 4)) <= lastExpiredYear &&
      withoutPersonalData('organisations', o) !== undefined,
  );
  return { retentionYears, lastExpiredYear, organisations, applications };
}

export async function removeExpiredPersonalData(ctx: ServiceContext): Promise<RetentionResult> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  return db.transaction('rw', [db.settings, db.calls, db.organisations, db.applications, db.screenings, db.changeLog], async () => {
    // Planned inside the transaction, so nothing changes between the plan and the removal.
    const plan = await planRetention(db, osloDate(stamp.at));
    const commitments: RedactionCommitment[] = [];
    const redactedEntries: ChangeLogEntry[] = [];
    for (const table of Object.keys(PERSONAL_FIELDS) as TableWithPersonalData[]) {
      const rows: { id: string }[] = table === 'organisations' ? plan.organisations : plan.applications;
      if (rows.length === 0) continue;
      const cleaned = rows.map((row) => withoutPersonalData(table, row) ?? row);
      await db.table(table).bulkPut(cleaned);
      const entries = await db.changeLog
        .where('[entity+entityId]')
        .anyOf(rows.map((row) => [table, row.id]))
        .toArray();
      for (const entry of entries) {
        const redaction = redactEntry(table, entry as ChainedEntry);
        if (!redaction) continue;
        redactedEntries.push(redaction.entry as ChangeLogEntry);
        commitments.push(redaction.commitment);
      }
    }
    // Screenings quote the reception centre's contact (R8): scrub the removed texts there too.
    for (const application of plan.applications) {
      const texts = personalTexts('applications', application);
      const screenings = await db.screenings.where('applicationId').equals(application.id).toArray();
      const scrubbed = screenings.flatMap((row) => {
        const clean = scrubTexts(row, texts);
        return clean === undefined ? [] : [clean as typeof row];
      });
      if (scrubbed.length > 0) await db.screenings.bulkPut(scrubbed);
      const entries = await db.changeLog
        .where('[entity+entityId]')
        .anyOf(screenings.map((row) => ['screenings', row.id]))
        .toArray();
      for (const entry of entries) {
        const redaction = scrubEntry(entry as ChainedEntry, texts);
        if (!redaction) continue;
        redactedEntries.push(redaction.entry as ChangeLogEntry);
        commitments.push(redaction.commitment);
      }
    }
    if (redactedEntries.length > 0) await db.changeLog.bulkPut(redactedEntries);
    const result: RetentionResult = {
      organisations: plan.organisations.length,
      applications: plan.applications.length,
      logEntries: commitments.length,
    };
    if (result.organisations + result.applications === 0) return result;
    await appendChangeLog(db, stamp, {
      entity: 'settings',
      entityId: SETTINGS_ID,
      action: REDACTION_ACTION,
      before: null,
      after: {
        retentionYears: plan.retentionYears,
        lastExpiredYear: plan.lastExpiredYear,
        organisationIds: plan.organisations.map((o) => o.id),
        applicationIds: plan.applications.map((a) => a.id),
        commitments: commitments.toSorted((a, b) => a.id - b.id),
      },
    });
    return result;
  });
}
