// A file received in a case (a report, its accounts, an appeal, a finding), kept in the database
// like the letters: the bytes exactly as received, with their SHA-256 as evidence.
import { z } from 'zod';
import { entityMetaSchema, idSchema, optionalTextSchema, requiredTextSchema } from './common';
import { sha256HexSchema } from './letter';

/** 20 MiB: a scanned report or a set of accounts; larger files belong in the archive system. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The entity a file belongs to (its table name). */
export const attachmentOwnerSchema = z.enum(['reports', 'appeals', 'repayments', 'decisions', 'applications'], {
  error: 'Ukjent sak for vedlegget',
});
export type AttachmentOwner = z.infer<typeof attachmentOwnerSchema>;

export const AttachmentSchema = entityMetaSchema.extend({
  ownerTable: attachmentOwnerSchema,
  ownerId: idSchema,
  fileName: requiredTextSchema('Filnavnet', 255),
  mimeType: z.string({ error: 'Filtypen må være tekst' }).max(200, { error: 'Filtypen er for lang' }),
  sizeBytes: z
    .number({ error: 'Størrelsen må være et tall' })
    .int({ error: 'Størrelsen må være et helt tall' })
    .nonnegative({ error: 'Størrelsen kan ikke være negativ' })
    .max(MAX_ATTACHMENT_BYTES, { error: 'Filen er større enn 20 MB' }),
  sha256: sha256HexSchema,
  bytes: z.instanceof(Uint8Array, { error: 'Vedlegget mangler innhold' }),
  /** What the file is, in the officer's words (e.g. «Revidert regnskap 2020»). */
  note: optionalTextSchema('Merknaden', 500),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

/** What lists show: everything but the bytes. */
export type AttachmentHead = Omit<Attachment, 'bytes'>;

export function attachmentHead(attachment: Attachment): AttachmentHead {
  const { bytes: _bytes, ...head } = attachment;
  return head;
}
