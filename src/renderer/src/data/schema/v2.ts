// Version 2: settings gain a letter language (backfilled to bokmål), and applications an index on
// call + organisation for the import's duplicate check (orgnr + title within the same call).
import type { SchemaVersion } from './schema-version';

export const v2: SchemaVersion = {
  version: 2,
  stores: {
    applications:
      'id, callId, organisationId, status, externalId, [callId+status], receivedDate, amountAppliedOre, [callId+organisationId]',
  },
  upgrade: (tx) =>
    tx
      .table('settings')
      .toCollection()
      .modify((row: { letterLanguage?: unknown }) => {
        if (row.letterLanguage !== 'nb' && row.letterLanguage !== 'nn') row.letterLanguage = 'nb';
      }),
};
