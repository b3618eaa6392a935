// A backup is audited before it is restored: a forged one (edited rows, recomputed checksum) does not
// pass as intact; an encrypted one opens only with its password; the restore itself is logged.
import { afterEach, describe, expect, it } from 'vitest';
import { chainEntries, type ChainedEntry } from '@renderer/domain/change-log-chain';
import { inspectBackup, restoreBackup, encryptBackup, WRONG_PASSWORD } from '@renderer/services/backup';
import { createJsonBackup as createBackup } from '../backup/legacy-json-backup';
import { tablesChecksum } from '@renderer/services/backup/backup-format';
import { setAnchorStore } from '@renderer/services/audit/anchor-registry';
import { readChainHead } from '@renderer/services/audit/anchor-store';
import { verifyData, auditIsClean } from '@renderer/services/audit/verify-data';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import { FIXED_NOW, testContext } from '../services/test-context';
import { fillEveryTable } from '../backup/every-table';
import { memoryAnchorStore } from './memory-anchor-store';

const NOW = new Date(FIXED_NOW);
interface BackupJson {
  checksum: string;
  anchor: Record<string, unknown>;
  format: string;
  kdf: Record<string, unknown>;
  cipher: Record<string, unknown>;
  tables: Record<string, unknown[]> & { applications: { id: string; amountAppliedOre: number }[]; changeLog: ChainedEntry[] };
}
const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as BackupJson;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

async function signedBackup() {
  const ctx = testContext();
  await fillEveryTable(ctx);
  const store = memoryAnchorStore();
  setAnchorStore(store);
  const file = await createBackup(ctx.db, NOW, (head, at) => store.sign(head, at));
  return { ctx, store, file };
}

afterEach(() => setAnchorStore(null));

describe('the restore preview audits the backup', () => {
  it('passes a backup as made, with its anchor matched and its signature checked', async () => {
    const { file } = await signedBackup();
    const result = await inspectBackup(file.bytes);
    if (!result.ok) throw new Error(result.error);
    const { audit } = result.backup.preview;
    expect(audit.chain).toMatchObject({ ok: true });
    expect(audit.records.problems).toEqual([]);
    expect(audit.anchor).toMatchObject({ kind: 'matched', newerEntries: 0 });
    expect(auditIsClean(audit)).toBe(true);
  });

  it('finds edited data under a recomputed checksum', async () => {
    const { file } = await signedBackup();
    const forged = decode(file.bytes);
    const app = forged.tables.applications[0]!;
    app.amountAppliedOre = 99_900_000;
    forged.checksum = await tablesChecksum(forged.tables);

    const result = await inspectBackup(encode(forged));
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.preview.audit.records.problems).toEqual([
      expect.objectContaining({ kind: 'differs', table: 'applications', id: app.id, fields: ['amountAppliedOre'] }),
    ]);
    expect(auditIsClean(result.backup.preview.audit)).toBe(false);
  });

  it('finds an edited log re-hashed to fit, from the signed anchor', async () => {
    const { file } = await signedBackup();
    const forged = decode(file.bytes);
    const app = forged.tables.applications[0]!;
    app.amountAppliedOre = 99_900_000;
    const log = forged.tables.changeLog;
    const last = log.findLastIndex((e) => e.entity === 'applications' && e.entityId === app.id);
    log[last] = { ...log[last]!, after: { ...(log[last]!.after as object), amountAppliedOre: 99_900_000 } };
    forged.tables.changeLog = chainEntries(log.map(({ prevHash: _p, hash: _h, ...rest }) => rest));
    forged.checksum = await tablesChecksum(forged.tables);

    const result = await inspectBackup(encode(forged));
    if (!result.ok) throw new Error(result.error);
    const { audit } = result.backup.preview;
    expect(audit.chain).toMatchObject({ ok: true });
    expect(audit.records.problems).toEqual([]);
    expect(audit.anchor).toMatchObject({ kind: 'hash-mismatch' });
  });

  it('finds a re-signed anchor made without the key', async () => {
    const { file } = await signedBackup();
    const forged = decode(file.bytes);
    forged.anchor = { ...forged.anchor, mac: 'b'.repeat(64) };
    const result = await inspectBackup(encode(forged));
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.preview.audit.anchor).toMatchObject({ kind: 'bad-signature' });
  });

  it('says the anchor is missing in a backup without one', async () => {
    const ctx = testContext();
    await fillEveryTable(ctx);
    const result = await inspectBackup((await createBackup(ctx.db, NOW)).bytes);
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.preview.audit.anchor).toEqual({ kind: 'missing' });
  });
});

describe('encrypted backups', () => {
  it('open only with their password, and say so when it is wrong', async () => {
    const { file } = await signedBackup();
    const encrypted = await encryptBackup(file.bytes as Uint8Array<ArrayBuffer>, 'riktig passord');
    expect(new TextDecoder().decode(encrypted)).not.toContain('Bergen');
    expect(decode(encrypted)).toMatchObject({
      format: 'tilskudd-frivillige-backup-encrypted',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });

    expect(await inspectBackup(encrypted)).toMatchObject({ ok: false, needsPassword: true });
    expect(await inspectBackup(encrypted, { password: 'feil passord' })).toEqual({ ok: false, error: WRONG_PASSWORD });
    const opened = await inspectBackup(encrypted, { password: 'riktig passord' });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.backup.preview).toMatchObject({ encrypted: true, changeLog: { ok: true } });
    expect(auditIsClean(opened.backup.preview.audit)).toBe(true);
  });
});

describe('the restore', () => {
  it('is logged with the file checksum and row count, and re-anchors the log', async () => {
    const { ctx, store, file } = await signedBackup();
    const result = await inspectBackup(file.bytes);
    if (!result.ok) throw new Error(result.error);
    await restoreBackup(ctx, result.backup);

    const last = await ctx.db.changeLog.orderBy(':id').last();
    expect(last).toMatchObject({
      at: FIXED_NOW,
      actor: 'Kari Saksbehandler',
      entity: 'settings',
      action: 'gjenopprettet',
      after: { fileChecksum: await sha256Hex(file.bytes), rows: result.backup.preview.total, encrypted: false },
    });
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
    expect(await store.read()).toMatchObject(await readChainHead(ctx.db));
    expect(auditIsClean(await verifyData(ctx.db, store))).toBe(true);
  });
});

describe('the verdict', () => {
  it('calls an unconfirmable backup anchor unknown, but the live anchor with a foreign signature wrong', async () => {
    const { auditVerdict } = await import('@renderer/features/change-log/AuditReport');
    const base = {
      chain: { ok: true as const, count: 3 },
      records: { rows: 3, tables: 1, problems: [], more: 0 },
      anchor: { kind: 'bad-signature' as const, anchoredId: 3 },
      changedDuring: false,
    };
    expect(auditVerdict({ ...base, anchorPlace: 'backup' })).toBe('partly');
    expect(auditVerdict({ ...base, anchorPlace: 'localStorage' })).toBe('wrong');
    expect(auditVerdict({ ...base, anchorPlace: 'backup', anchor: { kind: 'hash-mismatch', anchoredId: 3 } })).toBe('wrong');
  });
});
