// Version 21: the application heads carry target groups and whether the measure concerns a
// reception centre, so the IMDi export reads the heads instead of whole application records. No
// index changes; the upgrade derives every head again (data/application-heads.ts), and the mirror
// (application-heads-mirror.ts) keeps them in step from then on.
import type { EntityTable } from 'dexie';
import type { Application } from '@renderer/domain/application';
import type { ApplicationHead } from '@renderer/domain/application-head';
import { fillApplicationHeads } from '../application-heads';
import type { SchemaVersion } from './schema-version';

export const v21: SchemaVersion = {
  version: 21,
  stores: {},
  upgrade: (tx) =>
    fillApplicationHeads(tx.table('applications') as EntityTable<Application, 'id'>, tx.table('applicationHeads') as EntityTable<ApplicationHead, 'id'>),
};
