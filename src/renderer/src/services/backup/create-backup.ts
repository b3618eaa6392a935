// A backup of every table as one zip (zip-backup-format.ts), read in one transaction so it is a
// consistent snapshot, a page of rows at a time: the file grows as a list of Blob parts (which the
// browser may keep on disk), never as one string, so its size is bounded by the disk, not the heap.
import { Dexie } from 'dexie';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import type { AppDatabase } from '@renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { GENESIS_HASH } from '@renderer/domain/change-log-chain';
import type { ChainHead, SignedAnchor } from '@renderer/domain/change-log-anchor';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { BACKUP_FORMAT } from './backup-format';
import { backupFileName } from './backup-file-name';
import { BACKUP_TABLES, type BackupTable } from './backup-tables';
import { WRITE_ORDER } from './write-order';
import { encryptEntry, newEntryCipher, type EntryCipher } from './entry-crypto';
import { BinarySink, toChunkLine } from './row-bytes';
import {
  CHUNK_BINARY_BYTES,
  CHUNK_ROWS,
  ENCRYPTION_ENTRY,
  MANIFEST_ENTRY,
  ZIP_BACKUP_VERSION,
  chunkEntryNames,
  type BackupManifest,
  type ManifestEntry,
} from './zip-backup-format';

export interface BackupFile {
  blob: Blob;
  fileName: string;
}

/** Signs the backup's chain head with this installation's key (AnchorStore.sign). */
export type SignAnchor = (head: ChainHead, at: string) => Promise<SignedAnchor>;

export interface BackupProgress {
  rows: number;
  totalRows: number;
}

export interface CreateBackupOptions {
  /** Encrypts every entry with a key from this password (entry-crypto.ts). */
  password?: string;
  /** Tests only: fewer PBKDF2 rounds. */
  iterations?: number;
  onProgress?: (progress: BackupProgress) => void;
  /** Tests only: smaller chunks than CHUNK_ROWS. */
  chunkRows?: number;
}


/** Tables whose rows carry file bytes are read a few rows at a time. */
const PAGE_ROWS: Partial<Record<BackupTable, number>> = { letters: 25, attachments: 10 };
const DEFAULT_PAGE_ROWS = 1000;
/** The output is folded into a Blob every so often, so its parts can leave the heap. */
const BLOB_FOLD_BYTES = 16 * 1024 * 1024;

class ZipOutput {
  private readonly zip: Zip;
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  private readonly blobs: Blob[] = [];
  private failure: Error | null = null;
  readonly entries: ManifestEntry[] = [];

  constructor(private readonly cipher: EntryCipher | undefined) {
    this.zip = new Zip((error, chunk) => {
      if (error) {
        this.failure = error;
        return;
      }
      this.parts.push(chunk);
      this.partBytes += chunk.byteLength;
      if (this.partBytes >= BLOB_FOLD_BYTES) this.fold();
    });
  }

  private fold(): void {
    if (this.parts.length === 0) return;
    this.blobs.push(new Blob(this.parts as Uint8Array<ArrayBuffer>[]));
    this.parts = [];
    this.partBytes = 0;
  }

  /** Adds one entry; `listed` entries get a checksum in the manifest. */
  async add(name: string, plain: Uint8Array, compress: boolean, listed = true): Promise<void> {
    if (listed) this.entries.push({ name, sha256: await sha256Hex(plain), bytes: plain.byteLength });
    if (this.cipher && name !== ENCRYPTION_ENTRY) {
      this.write(new ZipPassThrough(name), await encryptEntry(this.cipher, name, plain));
    } else {
      this.write(compress ? new ZipDeflate(name, { level: 1 }) : new ZipPassThrough(name), plain);
    }
  }

  private write(file: ZipPassThrough | ZipDeflate, data: Uint8Array): void {
    this.zip.add(file);
    file.push(data, true);
    if (this.failure) throw this.failure;
  }

  finish(): Blob {
    this.zip.end();
    if (this.failure) throw this.failure;
    this.fold();
    return new Blob(this.blobs, { type: 'application/zip' });
  }
}

function headOf(head: ChainHead, rows: readonly Record<string, unknown>[]): ChainHead {
  let out = head;
  for (const e of rows as { id: number; hash: string }[]) if (e.id > out.lastId) out = { lastId: e.id, hash: e.hash };
  return out;
}

export async function createBackup(
  db: AppDatabase,
  now: Date,
  signAnchor?: SignAnchor,
  options: CreateBackupOptions = {},
): Promise<BackupFile> {
  const cipher = options.password ? await newEntryCipher(options.password, options.iterations) : undefined;
  const out = new ZipOutput(cipher);
  if (cipher) await out.add(ENCRYPTION_ENTRY, new TextEncoder().encode(JSON.stringify(cipher.header)), false, false);
  const tables: BackupManifest['tables'] = {};
  let head: ChainHead = { lastId: 0, hash: GENESIS_HASH };
  const encoder = new TextEncoder();
  const chunkRows = options.chunkRows ?? CHUNK_ROWS;

  await db.transaction('r', BACKUP_TABLES.map((name) => db.table(name)), async () => {
    const counts = await Promise.all(WRITE_ORDER.map((name) => db.table(name).count()));
    const totalRows = counts.reduce((a, b) => a + b, 0);
    let doneRows = 0;
    for (const name of WRITE_ORDER) {
      const table = db.table(name);
      const pageRows = PAGE_ROWS[name] ?? DEFAULT_PAGE_ROWS;
      const chunks: string[] = [];
      let rowCount = 0;
      let lines: string[] = [];
      let sink = new BinarySink();
      const flush = async (): Promise<void> => {
        if (lines.length === 0) return;
        const names = chunkEntryNames(name, chunks.length + 1);
        chunks.push(names.rows);
        const text = encoder.encode(lines.join('\n') + '\n');
        const bin = sink.size > 0 ? sink.join() : null;
        lines = [];
        sink = new BinarySink();
        // Hashing and encryption are not IndexedDB work: waitFor keeps the snapshot open meanwhile.
        await Dexie.waitFor(
          (async () => {
            await out.add(names.rows, text, true);
            if (bin) await out.add(names.bytes, bin, false);
          })(),
        );
      };
      let page = await table.orderBy(':id').limit(pageRows).toArray();
      while (page.length > 0) {
        if (name === 'changeLog') head = headOf(head, page);
        for (const row of page) {
          lines.push(toChunkLine(row, sink));
          if (lines.length >= chunkRows || sink.size >= CHUNK_BINARY_BYTES) await flush();
        }
        rowCount += page.length;
        doneRows += page.length;
        options.onProgress?.({ rows: doneRows, totalRows });
        if (page.length < pageRows) break;
        const lastId = (page.at(-1) as { id: string | number }).id;
        page = await table.where(':id').above(lastId).limit(pageRows).toArray();
      }
      await flush();
      tables[name] = { rows: rowCount, chunks };
    }
  });

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    backupVersion: ZIP_BACKUP_VERSION,
    formatVersion: CURRENT_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    encrypted: cipher !== undefined,
    tables,
    entries: out.entries,
  };
  if (signAnchor) {
    // A backup matters more than its anchor: without one the restore preview says it is missing.
    try {
      manifest.anchor = await signAnchor(head, manifest.createdAt);
    } catch (error) {
      console.warn('[sikkerhetskopi] ankeret kunne ikke signeres', error);
    }
  }
  await out.add(MANIFEST_ENTRY, encoder.encode(JSON.stringify(manifest)), true, false);
  return { blob: out.finish(), fileName: backupFileName(now) };
}
