// A generated letter (PDF): the bytes exactly as sent, with their hash as evidence.
import { z } from 'zod';
import { entityMetaSchema, idSchema, isoDateSchema } from './common';
import { letterLanguageSchema } from './settings';

export const letterKindSchema = z.enum(
  [
    'innvilgelse',
    'delvis_innvilgelse',
    'avslag',
    'avvisning',
    'tilbakebetalingskrav',
    'purring',
    /** Reminder that the grantee has not yet accepted the conditions (R11). */
    'aksept_purring',
    /** The appeal forwarded to IMDi with a copy to the appellant (fvl. § 33). */
    'klage_oversendelse',
  ],
  { error: 'Ukjent brevtype' },
);
export type LetterKind = z.infer<typeof letterKindSchema>;

export const sha256HexSchema = z
  .string({ error: 'Sjekksummen mangler' })
  .regex(/^[0-9a-f]{64}$/, { error: 'Sjekksummen må være 64 heksadesimale tegn (SHA-256)' });

export const LetterSchema = entityMetaSchema.extend({
  decisionId: idSchema,
  kind: letterKindSchema,
  language: letterLanguageSchema,
  sentDate: isoDateSchema.optional(),
  sha256: sha256HexSchema,
  bytes: z.instanceof(Uint8Array, { error: 'Brevet mangler innhold' }),
});
export type Letter = z.infer<typeof LetterSchema>;
