// Reads a zip backup chunk by chunk: every entry checked against the manifest's SHA-256 (after
// decryption), every row parsed and, when asked, checked against its table's schema. The same
// reader serves the check before a restore and the restore itself, so both see the same rows.
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { WrongPasswordError } from './backup-crypto';
import type { ByteSource } from './byte-source';
import { BACKUP_ROW_SCHEMAS, BACKUP_TABLES, BACKUP_TABLE_LABELS, type BackupTable } from './backup-tables';
import { FOREIGN, NEEDS_PASSWORD, NeedsPassword, Refusal, UNREADABLE } from './backup-refusal';
import { BACKUP_FORMAT } from './backup-format';
import { decryptEntry, entryCipherFor, type EntryCipher } from './entry-crypto';
import { BadBytesReference, fromChunkLine } from './row-bytes';
import { WRITE_ORDER } from './write-order';
import { ZipFormatError, readZipDirectory, readZipEntry, type ZipEntryInfo } from './zip-reader';
import {
  ENCRYPTION_ENTRY,
  MANIFEST_ENTRY,
  chunkEntryNames,
  encryptionHeaderSchema,
  manifestSchema,
  type BackupManifest,
  type ManifestEntry,
} from './zip-backup-format';

export interface ZipBackup {
  /** The file: a Blob, or ranges of a file main holds open. */
  blob: ByteSource;
  manifest: BackupManifest;
  /** SHA-256 of the manifest's plain bytes: it lists every entry's, so it names the content. */
  manifestSha256: string;
  directory: Map<string, ZipEntryInfo>;
  cipher?: EntryCipher;
}

export interface RowChunk {
  table: BackupTable;
  rows: Record<string, unknown>[];
}

function parseJsonBytes(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Refusal(UNREADABLE);
  }
}

const labelOf = (table: string): string =>
  (BACKUP_TABLE_LABELS as Record<string, string | undefined>)[table] ?? table;

function damaged(name: string, table: string | undefined, what: string): Refusal {
  const where = table ? ` (${labelOf(table)})` : '';
  return new Refusal(`Delen «${name}»${where} i sikkerhetskopien ${what}. Ingenting er gjenopprettet.`);
}

/** An entry's plain bytes: read, decrypted when encrypted. */
async function plainEntry(backup: Pick<ZipBackup, 'blob' | 'directory' | 'cipher'>, name: string, table?: string): Promise<Uint8Array> {
  const info = backup.directory.get(name);
  if (!info) throw damaged(name, table, 'mangler');
  let stored: Uint8Array;
  try {
    stored = await readZipEntry(backup.blob, info);
  } catch (error) {
    if (error instanceof ZipFormatError) throw damaged(name, table, 'kan ikke pakkes ut: filen er skadet eller ufullstendig');
    throw error;
  }
  if (!backup.cipher || name === ENCRYPTION_ENTRY) return stored;
  try {
    return await decryptEntry(backup.cipher, name, stored);
  } catch (error) {
    // The manifest is the first entry decrypted: there a failure means the password.
    if (error instanceof WrongPasswordError && name !== MANIFEST_ENTRY) throw damaged(name, table, 'kan ikke dekrypteres: den er skadet eller endret');
    throw error instanceof WrongPasswordError ? new Refusal(error.message) : error;
  }
}

/** Opens the file's directory and manifest; NeedsPassword when it is encrypted and none is given. */
export async function openZipBackup(blob: ByteSource, password?: string): Promise<ZipBackup> {
  let entries: ZipEntryInfo[];
  try {
    entries = await readZipDirectory(blob);
  } catch (error) {
    if (error instanceof ZipFormatError) throw new Refusal(UNREADABLE);
    throw error;
  }
  const directory = new Map(entries.map((e) => [e.name, e]));
  if (directory.size !== entries.length) throw new Refusal(UNREADABLE);
  const backup: ZipBackup = { blob, directory, manifest: undefined as unknown as BackupManifest, manifestSha256: '' };
  if (directory.has(ENCRYPTION_ENTRY)) {
    const header = encryptionHeaderSchema.safeParse(parseJsonBytes(await plainEntry(backup, ENCRYPTION_ENTRY)));
    if (!header.success) throw new Refusal(UNREADABLE);
    if (!password) throw new NeedsPassword(NEEDS_PASSWORD);
    try {
      backup.cipher = await entryCipherFor(header.data, password);
    } catch (error) {
      if (error instanceof WrongPasswordError) throw new Refusal(error.message);
      throw error;
    }
  }
  const manifestBytes = await plainEntry(backup, MANIFEST_ENTRY);
  backup.manifestSha256 = await sha256Hex(manifestBytes);
  const raw = parseJsonBytes(manifestBytes);
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) throw new Refusal(FOREIGN);
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new Refusal(UNREADABLE);
  backup.manifest = parsed.data;
  const unknown = Object.keys(parsed.data.tables).find((t) => !(BACKUP_TABLES as readonly string[]).includes(t));
  if (unknown) throw new Refusal(`Sikkerhetskopien har en ukjent tabell «${unknown}».`);
  const listed = new Set([MANIFEST_ENTRY, ENCRYPTION_ENTRY, ...parsed.data.entries.map((e) => e.name)]);
  const extra = entries.find((e) => !listed.has(e.name));
  if (extra) throw damaged(extra.name, undefined, 'står ikke i innholdslisten');
  return backup;
}

async function checkedEntry(backup: ZipBackup, entry: ManifestEntry, table: string): Promise<Uint8Array> {
  const plain = await plainEntry(backup, entry.name, table);
  if (plain.byteLength !== entry.bytes || (await sha256Hex(plain)) !== entry.sha256) {
    throw damaged(entry.name, table, 'er skadet eller endret etter at den ble laget: sjekksummen stemmer ikke');
  }
  return plain;
}

/** The order the tables are read in: as written, the change log first (the audit needs it so). */
export function tablesInFileOrder(manifest: BackupManifest): BackupTable[] {
  return WRITE_ORDER.filter((t) => manifest.tables[t] !== undefined);
}

export interface ReadChunksOptions {
  /** Check each row against its schema and ids for duplicates (the inspection does; the restore
   * reads the same checked bytes again). */
  validate: boolean;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Every table's rows, a chunk at a time, in file order. Throws Refusal on the first fault. */
export async function* readRowChunks(backup: ZipBackup, options: ReadChunksOptions): AsyncGenerator<RowChunk> {
  const byName = new Map(backup.manifest.entries.map((e) => [e.name, e]));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const table of tablesInFileOrder(backup.manifest)) {
    const { rows: expected, chunks } = backup.manifest.tables[table]!;
    const label = labelOf(table);
    const schema = BACKUP_ROW_SCHEMAS[table];
    const seen = options.validate ? new Set<unknown>() : null;
    let count = 0;
    for (const [i, rowsName] of chunks.entries()) {
      const names = chunkEntryNames(table, i + 1);
      const rowsEntry = byName.get(rowsName);
      if (rowsName !== names.rows || !rowsEntry) throw damaged(rowsName, table, 'mangler i innholdslisten');
      const binEntry = byName.get(names.bytes);
      const bin = binEntry ? await checkedEntry(backup, binEntry, table) : new Uint8Array(0);
      let lines: string[];
      try {
        lines = splitLines(decoder.decode(await checkedEntry(backup, rowsEntry, table)));
      } catch (error) {
        if (error instanceof TypeError) throw damaged(rowsName, table, 'er ikke gyldig UTF-8');
        throw error;
      }
      const rows: Record<string, unknown>[] = [];
      for (const line of lines) {
        count++;
        let row: unknown;
        try {
          row = fromChunkLine(line, bin);
        } catch (error) {
          if (error instanceof SyntaxError || error instanceof BadBytesReference) {
            throw damaged(rowsName, table, `har en rad som ikke kan leses (rad ${count})`);
          }
          throw error;
        }
        if (typeof row !== 'object' || row === null || Array.isArray(row)) {
          throw damaged(rowsName, table, `har en rad som ikke er et objekt (rad ${count})`);
        }
        const record = row as Record<string, unknown>;
        if (seen) {
          const result = schema.safeParse(record);
          if (!result.success) {
            const issue = result.error.issues[0];
            const field = issue && issue.path.length > 0 ? `, felt ${issue.path.join('.')}` : '';
            throw new Refusal(
              `Sikkerhetskopien har en ugyldig rad i «${label}» (rad ${count}${field}): ${issue?.message ?? 'ukjent feil'}. Ingenting er gjenopprettet.`,
            );
          }
          if (seen.has(record.id)) throw new Refusal(`«${label}» i sikkerhetskopien har to rader med samme id (${String(record.id)}).`);
          seen.add(record.id);
        }
        rows.push(record);
      }
      yield { table, rows };
    }
    if (count !== expected) {
      throw new Refusal(`Tabellen «${label}» skal ha ${expected} rader ifølge innholdslisten, men har ${count}. Ingenting er gjenopprettet.`);
    }
  }
}
