// Version 6: files received in a case (reports, accounts, appeals) get a table of their own,
// looked up by the entity they belong to. Never index `bytes`.
import type { SchemaVersion } from './schema-version';

export const v6: SchemaVersion = {
  version: 6,
  stores: { attachments: 'id, [ownerTable+ownerId], createdAt' },
};
