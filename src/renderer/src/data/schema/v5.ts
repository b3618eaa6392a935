// Version 5: each screening's one-word summary in a slim table keyed by application, so the
// applications list reads 50 000 summaries instead of 50 000 screenings with all their reasons.
// Derived data: written with every screening, rebuilt here and on restore, never backed up.
import type { Screening } from '@renderer/domain/screening';
import { summaryRowOf } from '@renderer/domain/screening/summary-row';
import type { SchemaVersion } from './schema-version';

export const v5: SchemaVersion = {
  version: 5,
  stores: { screeningSummaries: 'applicationId' },
  upgrade: async (tx) => {
    const screenings = (await tx.table('screenings').toArray()) as Screening[];
    await tx.table('screeningSummaries').bulkPut(screenings.map((s) => summaryRowOf(s, undefined)));
  },
};
