import { describe, expect, it, vi } from 'vitest';
import { unzipSync } from 'fflate';
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { OrganisationSchema } from '@renderer/domain/organisation';
import {
  BACKUP_TABLES,
  RestoreFailedError,
  createBackup,
  inspectBackup,
  restoreBackup,
  restoreWithSafetyBackup,
} from '@renderer/services/backup';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { createEntity } from '@renderer/services/entity-writer';
import { FIXED_NOW, testContext } from '../services/test-context';
import { LETTER_BYTES, dumpTables, fillEveryTable } from './every-table';
import { createJsonBackup } from './legacy-json-backup';

const NOW = new Date(FIXED_NOW);

/** The tables after a restore, without the restore's own (last) change-log entry, which must be there. */
async function withoutRestoreEntry(db: AppDatabase) {
  const tables = await dumpTables(db);
  const log = tables.changeLog as { action: string }[];
  expect(log.at(-1)).toMatchObject({ action: 'gjenopprettet', entity: 'settings' });
  return { ...tables, changeLog: log.slice(0, -1) };
}

async function filledContext() {
  const ctx = testContext();
  await fillEveryTable(ctx);
  return ctx;
}

describe('createBackup', () => {
  it('writes one zip named by the Norwegian clock, with a manifest of today\'s schema', async () => {
    const ctx = await filledContext();
    const { blob, fileName } = await createBackup(ctx.db, NOW);
    // 10:00 UTC on 1 March is 11:00 in Oslo (winter time).
    expect(fileName).toBe('sikkerhetskopi-2020-03-01-110000.zip');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({
      format: 'tilskudd-frivillige-backup',
      backupVersion: 2,
      formatVersion: CURRENT_SCHEMA_VERSION,
      createdAt: FIXED_NOW,
      encrypted: false,
    });
    expect(Object.keys(manifest.tables).toSorted()).toEqual([...BACKUP_TABLES].toSorted());
    // The letter's bytes sit in their own entry, not in the JSON.
    expect(Array.from(files['tabeller/letters/000001.bin']!)).toEqual(Array.from(LETTER_BYTES));
    expect(new TextDecoder().decode(files['tabeller/letters/000001.ndjson'])).toContain('"bytes":{"$bytes":[0,600]}');
  });
});

describe('backup, wipe, restore', () => {
  it('gives back equal data in every table, letter bytes included', async () => {
    const ctx = await filledContext();
    const before = await dumpTables(ctx.db);
    for (const name of BACKUP_TABLES) expect(before[name], name).not.toHaveLength(0);
    const { blob: bytes } = await createBackup(ctx.db, NOW);

    await ctx.db.transaction('rw', BACKUP_TABLES.map((t) => ctx.db.table(t)), async () => {
      for (const t of BACKUP_TABLES) await ctx.db.table(t).clear();
    });
    const inspected = await inspectBackup(bytes);
    if (!inspected.ok) throw new Error(inspected.error);
    expect(inspected.backup.preview).toMatchObject({
      createdAt: FIXED_NOW,
      formatVersion: CURRENT_SCHEMA_VERSION,
      counts: { organisations: 1, letters: 1, changeLog: before.changeLog!.length },
      changeLog: { ok: true },
    });
    await restoreBackup(ctx, inspected.backup);

    expect(await withoutRestoreEntry(ctx.db)).toEqual(before);
    const letter = await ctx.db.letters.toCollection().first();
    expect(letter?.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(letter!.bytes)).toEqual(Array.from(LETTER_BYTES));
  });

  it('leaves a change log that verifies and that new writes continue', async () => {
    const ctx = await filledContext();
    const { blob: bytes } = await createBackup(ctx.db, NOW);
    // More history than the backup has, so the restored log is shorter than the one replaced.
    await createEntity(ctx, 'organisations', OrganisationSchema, {
      orgnr: '971277882', name: 'Ekstra', registeredInFrivillighetsregisteret: true, kind: 'frivillig',
    });
    const inspected = await inspectBackup(bytes);
    if (!inspected.ok) throw new Error(inspected.error);
    await restoreBackup(ctx, inspected.backup);

    expect(await ctx.db.organisations.where('orgnr').equals('971277882').count()).toBe(0);
    await createEntity(ctx, 'organisations', OrganisationSchema, {
      orgnr: '971277882', name: 'Ekstra', registeredInFrivillighetsregisteret: true, kind: 'frivillig',
    });
    expect(await verifyChangeLog(ctx.db)).toMatchObject({ ok: true });
  });

  it('restores into a brand-new database (another PC)', async () => {
    const ctx = await filledContext();
    const before = await dumpTables(ctx.db);
    const { blob: bytes } = await createBackup(ctx.db, NOW);
    const other = testContext({ db: openDatabase('annen-pc') });
    const inspected = await inspectBackup(bytes);
    if (!inspected.ok) throw new Error(inspected.error);
    await restoreBackup(other, inspected.backup);
    expect(await withoutRestoreEntry(other.db)).toEqual(before);
  });
});

describe('restoreWithSafetyBackup', () => {
  it('saves a backup of the current data first, then restores', async () => {
    const ctx = await filledContext();
    const { blob: bytes } = await createBackup(ctx.db, NOW);
    await createEntity(ctx, 'organisations', OrganisationSchema, {
      orgnr: '971277882', name: 'Ekstra', registeredInFrivillighetsregisteret: true, kind: 'frivillig',
    });
    const current = await dumpTables(ctx.db);
    const saved: { bytes: Blob; name: string }[] = [];

    const result = await restoreWithSafetyBackup(ctx, bytes, async ({ blob, fileName }) => {
      // The safety copy is taken before anything is replaced.
      expect(await dumpTables(ctx.db)).toEqual(current);
      saved.push({ bytes: blob, name: fileName });
    });

    expect(result).toMatchObject({ ok: true, safetyFileName: 'sikkerhetskopi-2020-03-01-110000.zip' });
    expect(saved.map((s) => s.name)).toEqual(['sikkerhetskopi-2020-03-01-110000.zip']);
    expect(await ctx.db.organisations.count()).toBe(1);
    // …and the safety copy brings today's data back.
    const safety = await inspectBackup(saved[0]!.bytes);
    if (!safety.ok) throw new Error(safety.error);
    await restoreBackup(ctx, safety.backup);
    expect(await withoutRestoreEntry(ctx.db)).toEqual(current);
  });

  it('restores nothing when the safety backup cannot be saved', async () => {
    const ctx = await filledContext();
    const { blob: bytes } = await createBackup(ctx.db, NOW);
    await createEntity(ctx, 'organisations', OrganisationSchema, {
      orgnr: '971277882', name: 'Ekstra', registeredInFrivillighetsregisteret: true, kind: 'frivillig',
    });
    const current = await dumpTables(ctx.db);
    const result = await restoreWithSafetyBackup(ctx, bytes, () => Promise.reject(new Error('Disken er full')));
    expect(result).toEqual({
      ok: false,
      error: 'Sikkerhetskopien av dagens data kunne ikke lagres, så ingenting er gjenopprettet.',
    });
    expect(await dumpTables(ctx.db)).toEqual(current);
  });
});

describe('a restore that fails half-way', () => {
  it('rolls back every table', async () => {
    const ctx = await filledContext();
    const current = await dumpTables(ctx.db);
    const inspected = await inspectBackup((await createJsonBackup(ctx.db, NOW)).bytes);
    if (!inspected.ok) throw new Error(inspected.error);
    // Two organisations with the same orgnr pass their schema but break the unique index.
    const [org] = inspected.backup.rows!.organisations;
    inspected.backup.rows!.organisations.push({ ...org, id: 'org-2' });
    inspected.backup.rows!.calls = [];

    await expect(restoreBackup(ctx, inspected.backup)).rejects.toThrow(RestoreFailedError);
    await expect(restoreBackup(ctx, inspected.backup)).rejects.toThrow(/dataene er som før/);
    expect(await dumpTables(ctx.db)).toEqual(current);
  });
});

describe('saveSafety is not called for a refused file', () => {
  it('refuses before touching anything', async () => {
    const ctx = await filledContext();
    const save = vi.fn(() => Promise.resolve());
    const result = await restoreWithSafetyBackup(ctx, new TextEncoder().encode('{"a":1}'), save);
    expect(result.ok).toBe(false);
    expect(save).not.toHaveBeenCalled();
  });
});
