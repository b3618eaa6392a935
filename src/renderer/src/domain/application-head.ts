// An application without its long parts (description, budget lines, contact details): what the
// lists show, search and sum, and what the IMDi export reports (target groups and reception centre
// too, since v21). Kept in a slim table of its own (schema v18) so Søknader, Vedtak og brev and
// the export never read, or wait for, whole application records.
import type { Application } from './application';

export type ApplicationHead = Pick<
  Application,
  'id' | 'callId' | 'organisationId' | 'title' | 'kind' | 'subGoals' | 'amountAppliedOre' | 'status' | 'receivedDate' | 'externalId'
  // Since v21, for the IMDi export.
  | 'targetGroups' | 'receptionCentre'
>;

/** The head of a stored application; an absent externalId stays absent (not `undefined`), as in the record. */
export function applicationHeadOf(application: Application): ApplicationHead {
  const { id, callId, organisationId, title, kind, subGoals, amountAppliedOre, status, receivedDate, externalId, targetGroups, receptionCentre } =
    application;
  const head: ApplicationHead = { id, callId, organisationId, title, kind, subGoals, amountAppliedOre, status, receivedDate, targetGroups, receptionCentre };
  if (externalId !== undefined) head.externalId = externalId;
  return head;
}
