// The change log (endringslogg): who changed what and when, for every entity.
import { z } from 'zod';
import { isoTimestampSchema } from './common';
import { sha256HexSchema } from './letter';

/** Names of the logged tables, equal to the Dexie table names. */
export const entityNameSchema = z.enum([
  'municipalities',
  'settings',
  'calls',
  'organisations',
  'applications',
  'screenings',
  'assessments',
  'conflicts',
  'meetings',
  'decisions',
  'letters',
  'payments',
  'reports',
  'appeals',
  'importMappings',
  'attachments',
  'acceptances',
  'people',
  'recommendations',
  'repayments',
]);
export type EntityName = z.infer<typeof entityNameSchema>;

/**
 * 'gjenopprettet': the whole database was replaced from a backup (entity 'settings'; not a row).
 * 'fjernet': personal data past retention was removed (entity 'settings'; not a row; retention.ts).
 */
export const changeActionSchema = z.enum(['opprettet', 'endret', 'slettet', 'overstyrt', 'gjenopprettet', 'fjernet']);
export type ChangeAction = z.infer<typeof changeActionSchema>;

export const ChangeLogEntrySchema = z.object({
  /** Auto-incremented by the database; absent before the row is added. */
  id: z.number().int().positive().optional(),
  at: isoTimestampSchema,
  actor: z.string().min(1),
  entity: entityNameSchema,
  entityId: z.string().min(1),
  action: changeActionSchema,
  before: z.json().nullable(),
  after: z.json().nullable(),
  /** The hash of the entry before (change-log-chain.ts); GENESIS_HASH for the first. */
  prevHash: sha256HexSchema,
  /** SHA-256 over this entry's content and prevHash: an edit afterwards shows. */
  hash: sha256HexSchema,
});
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;
export type JsonValue = z.infer<ReturnType<typeof z.json>>;
