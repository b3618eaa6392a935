// v17: each screening summary row names its application's call, indexed with the result, so
// Oversikt counts a call's screening results on the index (no row read) even at 50 000 applications.
import type { SchemaVersion } from './schema-version';

export const v17: SchemaVersion = {
  version: 17,
  stores: { screeningSummaries: 'applicationId, [callId+summary]' },
  upgrade: async (tx) => {
    const callIds = (await tx.table('calls').toCollection().primaryKeys()) as string[];
    const callOf = new Map<string, string>();
    for (const callId of callIds) {
      const ids = (await tx.table('applications').where('callId').equals(callId).primaryKeys()) as string[];
      for (const id of ids) callOf.set(id, callId);
    }
    await tx
      .table('screeningSummaries')
      .toCollection()
      .modify((row: { applicationId: string; callId?: string }) => {
        const callId = callOf.get(row.applicationId);
        if (callId !== undefined) row.callId = callId;
      });
  },
};
