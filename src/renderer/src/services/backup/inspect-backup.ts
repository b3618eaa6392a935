// Reads a backup file and checks everything before anything is restored: that it is ours, not from
// a newer version, undamaged (checksums), and that every row passes its schema after migration.
// A zip backup (version 2) is read a chunk at a time; a JSON backup (version 1) whole, as before.
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import type { ChainResult } from '@renderer/domain/change-log-chain';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import type { DataAudit } from '../audit/verify-data';
import type { AnchorStore } from '../audit/anchor-store';
import { getAnchorStore } from '../audit/anchor-registry';
import { auditBackup, createBackupAuditor, type AnchorCheck } from './audit-backup';
import { BACKUP_FORMAT, tablesChecksum } from './backup-format';
import { WrongPasswordError, decryptBackup, isEncryptedEnvelope } from './backup-crypto';
import { fromBackupValue } from './backup-json';
import { migrateBackupRows } from './backup-migrate';
import { CHECKSUM, FOREIGN, NEEDS_PASSWORD, NeedsPassword, Refusal, UNREADABLE } from './backup-refusal';
import {
  BACKUP_ROW_SCHEMAS,
  BACKUP_TABLES,
  BACKUP_TABLE_LABELS,
  type BackupRows,
  type BackupTable,
} from './backup-tables';
import { openZipBackup, readRowChunks, type ZipBackup } from './read-zip-backup';
import { looksLikeZip } from './zip-backup-format';
import type { ByteSource } from './byte-source';

export interface BackupPreview {
  createdAt: string;
  formatVersion: number;
  /** 1: one JSON file; 2: a zip of chunks. */
  backupVersion: 1 | 2;
  counts: Record<BackupTable, number>;
  total: number;
  /** The backup's own change log checked; a broken chain is shown, not refused. */
  changeLog: ChainResult;
  /** Chain, records against the log, and the signed anchor: shown, not refused. */
  audit: DataAudit;
  /**
   * SHA-256 logged on restore: of the whole file for a JSON backup (the encrypted file when it was
   * encrypted); of the manifest's plain bytes for a zip, which holds every entry's SHA-256.
   */
  fileChecksum: string;
  encrypted: boolean;
  /** Roughly what the rows take once restored (their plain bytes), for the disk-space check. */
  plainBytes: number;
}

export interface InspectedBackup {
  preview: BackupPreview;
  /** Today's shape, every row checked, in memory: JSON backups and zips of an older schema. */
  rows?: BackupRows;
  /** A zip of today's schema: checked here, read again chunk by chunk by the restore. */
  zip?: ZipBackup;
}

export type InspectResult =
  | { ok: true; backup: InspectedBackup }
  | { ok: false; error: string; needsPassword?: boolean };

export interface InspectOptions {
  /** For an encrypted backup. */
  password?: string;
  /** Checks the anchor's HMAC with this installation's key; by default the registered store's. */
  checkAnchor?: AnchorCheck;
  /** Rows read so far of all. */
  onProgress?: (rows: number, totalRows: number) => void;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new Refusal(UNREADABLE);
  }
}

function checkVersion(version: unknown): number {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Refusal(`${FOREIGN} Versjonsnummeret mangler eller er ugyldig.`);
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    throw new Refusal(
      `Sikkerhetskopien er laget av en nyere versjon av programmet (dataversjon ${version}; denne versjonen har ${CURRENT_SCHEMA_VERSION}). Oppdater programmet før du gjenoppretter den.`,
    );
  }
  return version;
}

/** Tables added after the first version, by the version that added them: older backups lack them. */
const TABLE_SINCE_VERSION: Partial<Record<BackupTable, number>> = {
  importMappings: 4,
  attachments: 6,
  people: 9,
  recommendations: 10,
  acceptances: 11,
  repayments: 12,
};

const missingTable = (name: BackupTable): Refusal =>
  new Refusal(`Sikkerhetskopien mangler tabellen «${BACKUP_TABLE_LABELS[name]}» eller den er skadet.`);

function readTables(tables: Record<string, unknown>, version: number): BackupRows {
  const unknown = Object.keys(tables).find((k) => !(BACKUP_TABLES as readonly string[]).includes(k));
  if (unknown) throw new Refusal(`Sikkerhetskopien har en ukjent tabell «${unknown}».`);
  const rows = {} as BackupRows;
  for (const name of BACKUP_TABLES) {
    const since = TABLE_SINCE_VERSION[name];
    const list = tables[name] ?? (since !== undefined && version < since ? [] : undefined);
    if (!Array.isArray(list) || !list.every(isObject)) throw missingTable(name);
    try {
      rows[name] = list.map((row) => fromBackupValue(row) as Record<string, unknown>);
    } catch {
      throw new Refusal(`Tabellen «${BACKUP_TABLE_LABELS[name]}» i sikkerhetskopien har skadet innhold.`);
    }
  }
  return rows;
}

function checkRows(rows: BackupRows): void {
  for (const name of BACKUP_TABLES) {
    const label = BACKUP_TABLE_LABELS[name];
    const seen = new Set<unknown>();
    rows[name].forEach((row, i) => {
      const result = BACKUP_ROW_SCHEMAS[name].safeParse(row);
      if (!result.success) {
        const issue = result.error.issues[0];
        const field = issue && issue.path.length > 0 ? `, felt ${issue.path.join('.')}` : '';
        throw new Refusal(
          `Sikkerhetskopien har en ugyldig rad i «${label}» (rad ${i + 1}${field}): ${issue?.message ?? 'ukjent feil'}. Ingenting er gjenopprettet.`,
        );
      }
      if (seen.has(row.id)) {
        throw new Refusal(`«${label}» i sikkerhetskopien har to rader med samme id (${String(row.id)}).`);
      }
      seen.add(row.id);
    });
  }
}

const countsOf = (rows: BackupRows): Record<BackupTable, number> =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows[t].length])) as Record<BackupTable, number>;

const sum = (counts: Record<BackupTable, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

function bindCheck(store: AnchorStore | null): AnchorCheck | undefined {
  return store ? (anchor) => store.check(anchor) : undefined;
}

/** Version 1: one JSON object (or its encrypted envelope), read whole. */
async function inspectJson(fileBytes: Uint8Array, options: InspectOptions): Promise<InspectedBackup> {
  let bytes = fileBytes;
  let file = parseJson(bytes);
  const encrypted = isEncryptedEnvelope(file);
  if (isEncryptedEnvelope(file)) {
    if (!options.password) throw new NeedsPassword();
    try {
      bytes = await decryptBackup(file, options.password);
    } catch (error) {
      if (error instanceof WrongPasswordError) throw new Refusal(error.message);
      throw error;
    }
    file = parseJson(bytes);
  }
  if (!isObject(file) || file.format !== BACKUP_FORMAT) throw new Refusal(FOREIGN);
  const version = checkVersion(file.formatVersion);
  if (typeof file.checksum !== 'string' || !isObject(file.tables)) throw new Refusal(UNREADABLE);
  if ((await tablesChecksum(file.tables)) !== file.checksum) throw new Refusal(CHECKSUM);
  const createdAt = typeof file.createdAt === 'string' ? file.createdAt : '';

  const rows = migrateBackupRows(readTables(file.tables, version), version, CURRENT_SCHEMA_VERSION);
  checkRows(rows);
  const counts = countsOf(rows);
  const audit = await auditBackup(rows, file.anchor, options.checkAnchor ?? bindCheck(getAnchorStore()));
  return {
    rows,
    preview: {
      audit,
      changeLog: audit.chain,
      encrypted,
      backupVersion: 1,
      fileChecksum: await sha256Hex(fileBytes),
      createdAt,
      formatVersion: version,
      counts,
      total: sum(counts),
      plainBytes: bytes.byteLength,
    },
  };
}

/** Version 2: the zip, one chunk at a time; whole only when an older schema must be migrated. */
async function inspectZip(blob: ByteSource, options: InspectOptions): Promise<InspectedBackup> {
  const zip = await openZipBackup(blob, options.password);
  const { manifest } = zip;
  const version = checkVersion(manifest.formatVersion);
  for (const name of BACKUP_TABLES) {
    const since = TABLE_SINCE_VERSION[name];
    if (!manifest.tables[name] && !(since !== undefined && version < since)) throw missingTable(name);
  }
  const checkAnchor = options.checkAnchor ?? bindCheck(getAnchorStore());
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, manifest.tables[t]?.rows ?? 0])) as Record<BackupTable, number>;
  const total = sum(counts);
  const plainBytes = manifest.entries.reduce((a, e) => a + e.bytes, 0);
  const fileChecksum = zip.manifestSha256;
  const base = { createdAt: manifest.createdAt, formatVersion: version, backupVersion: 2 as const, encrypted: manifest.encrypted, fileChecksum, plainBytes };
  let done = 0;

  if (version < CURRENT_SCHEMA_VERSION) {
    // Migration steps work on whole tables, as they did for version 1.
    const gathered = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as Record<string, unknown>[]])) as BackupRows;
    for await (const chunk of readRowChunks(zip, { validate: false })) {
      gathered[chunk.table].push(...chunk.rows);
      options.onProgress?.((done += chunk.rows.length), total);
    }
    const rows = migrateBackupRows(gathered, version, CURRENT_SCHEMA_VERSION);
    checkRows(rows);
    const migratedCounts = countsOf(rows);
    const audit = await auditBackup(rows, manifest.anchor, checkAnchor);
    return { rows, preview: { ...base, audit, changeLog: audit.chain, counts: migratedCounts, total: sum(migratedCounts) } };
  }

  const auditor = createBackupAuditor(manifest.anchor, checkAnchor);
  for await (const chunk of readRowChunks(zip, { validate: true })) {
    if (chunk.table === 'changeLog') auditor.noteLog(chunk.rows);
    else auditor.checkRows(chunk.table, chunk.rows);
    options.onProgress?.((done += chunk.rows.length), total);
  }
  const audit = await auditor.finish();
  return { zip, preview: { ...base, audit, changeLog: audit.chain, counts, total } };
}

/** A backup file: a Blob (a File in the browser: read in slices), ranges of a file, or its bytes. */
export type BackupSource = ByteSource | Uint8Array;

async function inspect(source: BackupSource, options: InspectOptions): Promise<InspectedBackup> {
  const blob = source instanceof Uint8Array ? new Blob([source as Uint8Array<ArrayBuffer>]) : source;
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  if (looksLikeZip(head)) return inspectZip(blob, options);
  return inspectJson(source instanceof Uint8Array ? source : new Uint8Array(await blob.slice(0, blob.size).arrayBuffer()), options);
}

export async function inspectBackup(source: BackupSource, options: InspectOptions = {}): Promise<InspectResult> {
  try {
    return { ok: true, backup: await inspect(source, options) };
  } catch (error) {
    if (error instanceof NeedsPassword) return { ok: false, error: NEEDS_PASSWORD, needsPassword: true };
    if (error instanceof Refusal) return { ok: false, error: error.message };
    throw error;
  }
}
