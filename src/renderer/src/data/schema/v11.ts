// Version 11: the grantee's acceptance of the conditions (R11) gets a table of its own, one row per
// decision (accepted, or lapsed). Nothing older holds acceptances, so there is nothing to move.
import type { SchemaVersion } from './schema-version';

export const v11: SchemaVersion = {
  version: 11,
  stores: { acceptances: 'id, &decisionId, status' },
};
