// Reads a backup file and checks everything before anything is restored: that it is ours, not from
// a newer version, undamaged (checksum), and that every row passes its schema after migration.
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { verifyChain, type ChainResult, type ChainedEntry } from '@renderer/domain/change-log-chain';
import { BACKUP_FORMAT, tablesChecksum } from './backup-format';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import type { DataAudit } from '../audit/verify-data';
import type { AnchorStore } from '../audit/anchor-store';
import { getAnchorStore } from '../audit/anchor-registry';
import { auditBackup, type AnchorCheck } from './audit-backup';
import { WrongPasswordError, decryptBackup, isEncryptedEnvelope } from './backup-crypto';
import { fromBackupValue } from './backup-json';
import { migrateBackupRows } from './backup-migrate';
import {
  BACKUP_ROW_SCHEMAS,
  BACKUP_TABLES,
  BACKUP_TABLE_LABELS,
  type BackupRows,
  type BackupTable,
} from './backup-tables';

export interface BackupPreview {
  createdAt: string;
  formatVersion: number;
  counts: Record<BackupTable, number>;
  total: number;
  /** The backup's own change log checked; a broken chain is shown, not refused. */
  changeLog: ChainResult;
  /** Chain, records against the log, and the signed anchor: shown, not refused. */
  audit: DataAudit;
  /** SHA-256 of the file as read (the encrypted file when it was encrypted): logged on restore. */
  fileChecksum: string;
  encrypted: boolean;
}

export interface InspectedBackup {
  preview: BackupPreview;
  /** Today's shape, every row checked. */
  rows: BackupRows;
}

export type InspectResult =
  | { ok: true; backup: InspectedBackup }
  | { ok: false; error: string; needsPassword?: boolean };

export interface InspectOptions {
  /** For an encrypted backup. */
  password?: string;
  /** Checks the anchor's HMAC with this installation's key; by default the registered store's. */
  checkAnchor?: AnchorCheck;
}

const NEEDS_PASSWORD = 'Sikkerhetskopien er kryptert. Skriv inn passordet den ble laget med.';

class NeedsPassword extends Error {}

const UNREADABLE =
  'Filen kan ikke leses som en sikkerhetskopi. Den er skadet, ufullstendig eller ikke en JSON-fil.';
const FOREIGN = 'Filen er ikke en sikkerhetskopi fra Tilskudd frivillige.';
const CHECKSUM =
  'Sikkerhetskopien er skadet eller endret etter at den ble laget: sjekksummen stemmer ikke. Ingenting er gjenopprettet.';

class Refusal extends Error {}

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

function readTables(tables: Record<string, unknown>, version: number): BackupRows {
  const unknown = Object.keys(tables).find((k) => !(BACKUP_TABLES as readonly string[]).includes(k));
  if (unknown) throw new Refusal(`Sikkerhetskopien har en ukjent tabell «${unknown}».`);
  const rows = {} as BackupRows;
  for (const name of BACKUP_TABLES) {
    const since = TABLE_SINCE_VERSION[name];
    const list = tables[name] ?? (since !== undefined && version < since ? [] : undefined);
    if (!Array.isArray(list) || !list.every(isObject)) {
      throw new Refusal(`Sikkerhetskopien mangler tabellen «${BACKUP_TABLE_LABELS[name]}» eller den er skadet.`);
    }
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

async function inspect(fileBytes: Uint8Array, options: InspectOptions): Promise<InspectedBackup> {
  let bytes = fileBytes;
  let file = parseJson(bytes);
  const encrypted = isEncryptedEnvelope(file);
  if (isEncryptedEnvelope(file)) {
    if (!options.password) throw new NeedsPassword(NEEDS_PASSWORD);
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
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows[t].length])) as Record<
    BackupTable,
    number
  >;
  const checkAnchor = options.checkAnchor ?? bindCheck(getAnchorStore());
  const audit = await auditBackup(rows, file.anchor, checkAnchor);
  return {
    rows,
    preview: {
      audit,
      encrypted,
      fileChecksum: await sha256Hex(fileBytes),
      createdAt,
      formatVersion: version,
      counts,
      total: Object.values(counts).reduce((a, b) => a + b, 0),
      changeLog: verifyChain(
        (rows.changeLog as unknown as ChainedEntry[]).toSorted((a, b) => a.id - b.id),
      ),
    },
  };
}

function bindCheck(store: AnchorStore | null): AnchorCheck | undefined {
  return store ? (anchor) => store.check(anchor) : undefined;
}

export async function inspectBackup(bytes: Uint8Array, options: InspectOptions = {}): Promise<InspectResult> {
  try {
    return { ok: true, backup: await inspect(bytes, options) };
  } catch (error) {
    if (error instanceof NeedsPassword) return { ok: false, error: error.message, needsPassword: true };
    if (error instanceof Refusal) return { ok: false, error: error.message };
    throw error;
  }
}
