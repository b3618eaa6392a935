// An application without its long parts (description, budget lines, target groups, contact
// details): what the lists show, search and sum. Kept in a slim table of its own (schema v18) so
// Søknader and Vedtak og brev never read, or wait for, whole application records.
import type { Application } from './application';

export type ApplicationHead = Pick<
  Application,
  'id' | 'callId' | 'organisationId' | 'title' | 'kind' | 'subGoals' | 'amountAppliedOre' | 'status' | 'receivedDate' | 'externalId'
>;

/** The head of a stored application; an absent externalId stays absent (not `undefined`), as in the record. */
export function applicationHeadOf(application: Application): ApplicationHead {
  const { id, callId, organisationId, title, kind, subGoals, amountAppliedOre, status, receivedDate, externalId } = application;
  const head: ApplicationHead = { id, callId, organisationId, title, kind, subGoals, amountAppliedOre, status, receivedDate };
  if (externalId !== undefined) head.externalId = externalId;
  return head;
}
