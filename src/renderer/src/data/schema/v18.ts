// Version 18: each application's head (what the lists show: title, amount, status, dates, no
// description or budget lines) in a slim table keyed by the application's id, with the indexes
// the lists read by. Derived data: the upgrade fills it from the applications once; afterwards
// data/application-heads-mirror.ts writes it in the same transaction as every write to
// `applications` (whichever service, restore included). Never backed up.
import type { EntityTable } from 'dexie';
import type { Application } from '@renderer/domain/application';
import type { ApplicationHead } from '@renderer/domain/application-head';
import { fillApplicationHeads } from '../application-heads';
import type { SchemaVersion } from './schema-version';

export const v18: SchemaVersion = {
  version: 18,
  stores: { applicationHeads: 'id, callId, receivedDate' },
  upgrade: (tx) =>
    fillApplicationHeads(tx.table('applications') as EntityTable<Application, 'id'>, tx.table('applicationHeads') as EntityTable<ApplicationHead, 'id'>),
};
