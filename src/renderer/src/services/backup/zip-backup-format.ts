// The backup file since backup version 2: a zip with one manifest, each table's rows as
// newline-delimited JSON in chunks, and each chunk's binary values (letters' PDFs, attachments) in
// a sibling entry of raw bytes. Written and read a chunk at a time, never as one string.
// docs/formats/sikkerhetskopi.md describes it for other programs.
import { z } from 'zod';
import { signedAnchorSchema } from '@renderer/domain/change-log-anchor';
import { BACKUP_FORMAT } from './backup-format';

/** 1 was the single JSON file (still read); 2 is this zip. */
export const ZIP_BACKUP_VERSION = 2;

export const MANIFEST_ENTRY = 'manifest.json';
/** Present only in an encrypted backup, and the only entry stored in clear there. */
export const ENCRYPTION_ENTRY = 'kryptering.json';

/** tabeller/<table>/<n>.ndjson and tabeller/<table>/<n>.bin, n counting from 1 with six digits. */
export function chunkEntryNames(table: string, n: number): { rows: string; bytes: string } {
  const base = `tabeller/${table}/${String(n).padStart(6, '0')}`;
  return { rows: `${base}.ndjson`, bytes: `${base}.bin` };
}

/** A chunk is closed when it holds this many rows or this many bytes of binary values. */
export const CHUNK_ROWS = 2000;
export const CHUNK_BINARY_BYTES = 8 * 1024 * 1024;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const manifestEntrySchema = z.object({
  name: z.string().min(1),
  /** SHA-256 (hex) of the entry's plain bytes: before compression and encryption. */
  sha256: sha256Schema,
  /** Length of the plain bytes. */
  bytes: z.number().int().nonnegative(),
});
export type ManifestEntry = z.infer<typeof manifestEntrySchema>;

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  backupVersion: z.literal(ZIP_BACKUP_VERSION),
  /** The database schema version the rows are shaped by (as formatVersion in version 1). */
  formatVersion: z.number().int().positive(),
  createdAt: z.string(),
  encrypted: z.boolean(),
  /** Rows per table and the chunks that hold them, in the order they are written and read. */
  tables: z.record(z.string(), z.object({ rows: z.number().int().nonnegative(), chunks: z.array(z.string()) })),
  /** Every entry but the manifest itself and the encryption header, in file order. */
  entries: z.array(manifestEntrySchema),
  anchor: signedAnchorSchema.optional(),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** The clear-text header of an encrypted backup: how to derive the key from the password. */
export const encryptionHeaderSchema = z.object({
  format: z.literal('tilskudd-frivillige-backup-encrypted'),
  version: z.literal(2),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int(),
    salt: z.string().min(1),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), ivBytes: z.literal(12), additionalData: z.literal('entry-name') }),
});
export type EncryptionHeader = z.infer<typeof encryptionHeaderSchema>;

/** A zip file starts with a local header signature: PK\x03\x04. */
export function looksLikeZip(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}
