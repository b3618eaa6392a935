// Version 13: appeals carry their registration (who, what, how, signed), the computed deadline,
// the own review, the forwarding to IMDi and IMDi's outcome (domain/appeal.ts); all new fields are
// optional, so rows from before keep parsing as they are. The new index finds the appeal a
// replacing decision came from (own reversal or IMDi's omgjøring).
import type { SchemaVersion } from './schema-version';

export const v13: SchemaVersion = {
  version: 13,
  stores: { appeals: 'id, decisionId, receivedDate, newDecisionId' },
};
