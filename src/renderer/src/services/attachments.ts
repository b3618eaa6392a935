// Files received in a case: kept with their SHA-256, listed without their bytes, removed with a log
// row. The bytes are hashed before the transaction opens (WebCrypto is not Dexie).
import type { AppDatabase } from '@renderer/data/db';
import {
  AttachmentSchema,
  MAX_ATTACHMENT_BYTES,
  attachmentHead,
  attachmentOwnerSchema,
  type Attachment,
  type AttachmentHead,
  type AttachmentOwner,
} from '@renderer/domain/attachment';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { appendChangeLog, resolveStamp } from './change-log';
import type { ServiceContext } from './context';
import { EntityNotFoundError, ValidationError } from './errors';
import { addLogged, parseRow } from './logged-write';
import { parseOrThrow } from './validate';

export interface AddAttachmentInput {
  ownerTable: AttachmentOwner;
  ownerId: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  note?: string;
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('nb-NO', { maximumFractionDigits: 1 });
}

/** Keeps a file for an entity that exists; a file over the limit is refused with its name and size. */
export async function addAttachment(ctx: ServiceContext, input: AddAttachmentInput): Promise<Attachment> {
  const ownerTable = parseOrThrow(attachmentOwnerSchema, input.ownerTable);
  if (input.bytes.byteLength > MAX_ATTACHMENT_BYTES) {
    throw ValidationError.forField(
      'bytes',
      `Filen «${input.fileName}» er ${megabytes(input.bytes.byteLength)} MB. Vedlegg kan være høyst ${megabytes(MAX_ATTACHMENT_BYTES)} MB.`,
    );
  }
  if (input.bytes.byteLength === 0) {
    throw ValidationError.forField('bytes', `Filen «${input.fileName}» er tom.`);
  }
  const sha256 = await sha256Hex(input.bytes);
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  const owners = db.table(ownerTable);
  return db.transaction('rw', [owners, db.attachments, db.changeLog], async () => {
    if (!(await owners.get(input.ownerId))) throw new EntityNotFoundError(ownerTable, input.ownerId);
    const row = parseRow(AttachmentSchema, {
      id: ctx.newId(),
      createdAt: stamp.at,
      updatedAt: stamp.at,
      ownerTable,
      ownerId: input.ownerId,
      fileName: input.fileName,
      mimeType: input.mimeType || 'application/octet-stream',
      sizeBytes: input.bytes.byteLength,
      sha256,
      bytes: input.bytes,
      note: input.note?.trim() || undefined,
    });
    await addLogged(db, stamp, 'attachments', row);
    return row;
  });
}

/** Removes a file; the change log keeps its name, size and SHA-256 (the log never holds bytes). */
export async function removeAttachment(ctx: ServiceContext, attachmentId: string): Promise<void> {
  const stamp = await resolveStamp(ctx);
  const { db } = ctx;
  await db.transaction('rw', db.attachments, db.changeLog, async () => {
    const before = await db.attachments.get(attachmentId);
    if (!before) throw new EntityNotFoundError('attachments', attachmentId);
    await db.attachments.delete(attachmentId);
    await appendChangeLog(db, stamp, {
      entity: 'attachments',
      entityId: attachmentId,
      action: 'slettet',
      before,
      after: null,
    });
  });
}

/** An entity's files without their bytes, oldest first. */
export async function listAttachments(
  db: AppDatabase,
  ownerTable: AttachmentOwner,
  ownerId: string,
): Promise<AttachmentHead[]> {
  const rows: AttachmentHead[] = [];
  // each() streams, so only one file's bytes are in memory at a time.
  await db.attachments
    .where('[ownerTable+ownerId]')
    .equals([ownerTable, ownerId])
    .each((row) => rows.push(attachmentHead(row)));
  return rows.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** One file with its bytes, to open or save. */
export async function getAttachment(db: AppDatabase, attachmentId: string): Promise<Attachment> {
  const row = await db.attachments.get(attachmentId);
  if (!row) throw new EntityNotFoundError('attachments', attachmentId);
  return row;
}
