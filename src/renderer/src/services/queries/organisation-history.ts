// An organisation's applications over the years, with what was decided: the officer's view of an
// applicant's track record.
import type { AppDatabase } from '@renderer/data/db';
import type { ApplicationKind, ApplicationStatus } from '@renderer/domain/application';
import { currentDecisions } from '@renderer/domain/current-decision';
import type { DecisionOutcome } from '@renderer/domain/decision';

export interface OrganisationHistoryRow {
  applicationId: string;
  callId: string;
  /** Undefined only if the call is missing. */
  callYear: number | undefined;
  callTitle: string;
  title: string;
  kind: ApplicationKind;
  status: ApplicationStatus;
  receivedDate: string;
  amountAppliedOre: number;
  /** From the current decision; undefined while undecided. */
  decisionOutcome: DecisionOutcome | undefined;
  amountGrantedOre: number | undefined;
}

/** Newest call year first, then newest received first. */
export async function getOrganisationHistory(
  db: AppDatabase,
  organisationId: string,
): Promise<OrganisationHistoryRow[]> {
  return db.transaction('r', db.applications, db.calls, db.decisions, async () => {
    const applications = await db.applications.where('organisationId').equals(organisationId).toArray();
    const callIds = [...new Set(applications.map((a) => a.callId))];
    const calls = await db.calls.bulkGet(callIds);
    const callById = new Map(callIds.map((id, i) => [id, calls[i]]));
    const decisions = currentDecisions(
      await db.decisions.where('applicationId').anyOf(applications.map((a) => a.id)).toArray(),
    );
    const rows = applications.map((app): OrganisationHistoryRow => {
      const call = callById.get(app.callId);
      const decision = decisions.get(app.id);
      return {
        applicationId: app.id,
        callId: app.callId,
        callYear: call?.year,
        callTitle: call?.title ?? '',
        title: app.title,
        kind: app.kind,
        status: app.status,
        receivedDate: app.receivedDate,
        amountAppliedOre: app.amountAppliedOre,
        decisionOutcome: decision?.outcome,
        amountGrantedOre: decision?.amountGrantedOre,
      };
    });
    return rows.sort(
      (a, b) =>
        (b.callYear ?? 0) - (a.callYear ?? 0) ||
        (a.receivedDate < b.receivedDate ? 1 : a.receivedDate > b.receivedDate ? -1 : 0),
    );
  });
}
