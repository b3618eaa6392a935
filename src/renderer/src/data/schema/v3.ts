// Version 3: the change log becomes a hash chain (domain/change-log-chain.ts). Existing entries are
// chained in id order, so a database from an older release verifies from its first entry.
import { chainEntries, type ChainContent } from '@renderer/domain/change-log-chain';
import type { SchemaVersion } from './schema-version';

export const v3: SchemaVersion = {
  version: 3,
  stores: {},
  upgrade: async (tx) => {
    const table = tx.table<ChainContent, number>('changeLog');
    const entries = await table.orderBy(':id').toArray();
    if (entries.length > 0) await table.bulkPut(chainEntries(entries));
  },
};
