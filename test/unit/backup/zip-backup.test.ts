// Backup version 2, the zip: chunks round trip, every entry's checksum, a damaged or missing entry
// named in the message, encryption entry by entry, forged rows caught by the audit, room on disk,
// and a restore that meets a damaged chunk half-way leaving the data as it was.
import { describe, expect, it, vi } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { openDatabase, type AppDatabase } from '@renderer/data/db';
import { sha256Hex } from '@renderer/domain/decisions/sha256';
import {
  RestoreFailedError,
  WRONG_PASSWORD,
  createBackup,
  inspectBackup,
  restoreBackup,
  restoreWithSafetyBackup,
} from '@renderer/services/backup';
import { verifyChangeLog } from '@renderer/services/change-log-verify';
import { FIXED_NOW, testContext } from '../services/test-context';
import { LETTER_BYTES, dumpTables, fillEveryTable } from './every-table';
import { createJsonBackup } from './legacy-json-backup';
import { encryptBackup } from '@renderer/services/backup/backup-crypto';
import { readZipDirectory } from '@renderer/services/backup/zip-reader';

const NOW = new Date(FIXED_NOW);
let databases = 0;

async function filled() {
  const ctx = testContext({ db: openDatabase(`zip-backup-${++databases}`) });
  await fillEveryTable(ctx);
  return ctx;
}

async function entriesOf(blob: Blob): Promise<Record<string, Uint8Array>> {
  return unzipSync(new Uint8Array(await blob.arrayBuffer()));
}

const zipOf = (files: Record<string, Uint8Array>): Blob => new Blob([zipSync(files) as Uint8Array<ArrayBuffer>]);

async function withoutRestoreEntry(db: AppDatabase) {
  const tables = await dumpTables(db);
  const log = tables.changeLog as { action: string }[];
  expect(log.at(-1)).toMatchObject({ action: 'gjenopprettet' });
  return { ...tables, changeLog: log.slice(0, -1) };
}

async function expectRefused(file: Blob, message: string | RegExp) {
  const ctx = await filled();
  const before = await dumpTables(ctx.db);
  const inspected = await inspectBackup(file);
  expect(inspected.ok).toBe(false);
  if (!inspected.ok) expect(inspected.error).toMatch(message);
  const save = vi.fn(() => Promise.resolve());
  expect(await restoreWithSafetyBackup(ctx, file, save)).toMatchObject({ ok: false });
  expect(save).not.toHaveBeenCalled();
  expect(await dumpTables(ctx.db)).toEqual(before);
}

describe('the zip backup', { timeout: 30_000 }, () => {
  it('round-trips every table through many small chunks, letter bytes included', async () => {
    const ctx = await filled();
    const before = await dumpTables(ctx.db);
    const { blob } = await createBackup(ctx.db, NOW, undefined, { chunkRows: 2 });
    const files = await entriesOf(blob);
    expect(Object.keys(files)).toContain('tabeller/changeLog/000003.ndjson');

    const other = testContext({ db: openDatabase(`zip-backup-${++databases}`) });
    const inspected = await inspectBackup(blob);
    if (!inspected.ok) throw new Error(inspected.error);
    expect(inspected.backup.preview).toMatchObject({ backupVersion: 2, changeLog: { ok: true }, audit: { records: { problems: [] } } });
    await restoreBackup(other, inspected.backup);
    expect(await withoutRestoreEntry(other.db)).toEqual(before);
    expect(Array.from((await other.db.letters.toArray())[0]!.bytes)).toEqual(Array.from(LETTER_BYTES));
    expect(await verifyChangeLog(other.db)).toMatchObject({ ok: true });
  });

  it('lists every entry with the SHA-256 and length of its plain bytes', async () => {
    const ctx = await filled();
    const files = await entriesOf((await createBackup(ctx.db, NOW)).blob);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { entries: { name: string; sha256: string; bytes: number }[] };
    expect(manifest.entries.map((e) => e.name).toSorted()).toEqual(Object.keys(files).filter((n) => n !== 'manifest.json').toSorted());
    for (const entry of manifest.entries) {
      expect(entry.sha256).toBe(await sha256Hex(files[entry.name]!));
      expect(entry.bytes).toBe(files[entry.name]!.byteLength);
    }
  });

  it('names a damaged entry and its table, and restores nothing', async () => {
    const ctx = await filled();
    const files = await entriesOf((await createBackup(ctx.db, NOW)).blob);
    const bin = files['tabeller/letters/000001.bin']!;
    bin[10] = bin[10]! ^ 0xff;
    await expectRefused(
      zipOf(files),
      'Delen «tabeller/letters/000001.bin» (Brev) i sikkerhetskopien er skadet eller endret etter at den ble laget: sjekksummen stemmer ikke. Ingenting er gjenopprettet.',
    );
  });

  it('names a missing entry, and refuses a cut-off file', async () => {
    const ctx = await filled();
    const { blob } = await createBackup(ctx.db, NOW);
    const files = await entriesOf(blob);
    delete files['tabeller/decisions/000001.ndjson'];
    await expectRefused(zipOf(files), 'Delen «tabeller/decisions/000001.ndjson» (Vedtak) i sikkerhetskopien mangler. Ingenting er gjenopprettet.');
    await expectRefused(blob.slice(0, Math.floor(blob.size * 0.7)), /kan ikke leses som en sikkerhetskopi/);
  });

  it('names a row that breaks its schema by table, row and field', async () => {
    const ctx = await filled();
    const files = await entriesOf((await createBackup(ctx.db, NOW)).blob);
    const name = 'tabeller/applications/000001.ndjson';
    files[name] = new TextEncoder().encode(new TextDecoder().decode(files[name]).replace('"amountAppliedOre":4000000', '"amountAppliedOre":"førti tusen"'));
    await reseal(files);
    await expectRefused(
      zipOf(files),
      'Sikkerhetskopien har en ugyldig rad i «Søknader» (rad 1, felt amountAppliedOre): Beløpet må være et tall. Ingenting er gjenopprettet.',
    );
  });

  it('accepts a forged row with resealed checksums but shows it in the audit', async () => {
    const ctx = await filled();
    const files = await entriesOf((await createBackup(ctx.db, NOW)).blob);
    const name = 'tabeller/decisions/000001.ndjson';
    files[name] = new TextEncoder().encode(new TextDecoder().decode(files[name]).replace('"amountGrantedOre":3000000', '"amountGrantedOre":3500000'));
    await reseal(files);
    const inspected = await inspectBackup(zipOf(files));
    if (!inspected.ok) throw new Error(inspected.error);
    expect(inspected.backup.preview.audit.records.problems).toEqual([
      expect.objectContaining({ kind: 'differs', table: 'decisions', id: 'dec-1', fields: ['amountGrantedOre'] }),
    ]);
  });
});

/** Recomputes the manifest's checksums, as a careful forger would. */
async function reseal(files: Record<string, Uint8Array>): Promise<void> {
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { entries: { name: string; sha256: string; bytes: number }[] };
  for (const entry of manifest.entries) {
    entry.sha256 = await sha256Hex(files[entry.name]!);
    entry.bytes = files[entry.name]!.byteLength;
  }
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
}

describe('an encrypted zip backup', { timeout: 30_000 }, () => {
  it('keeps every entry unreadable and restores only with its password', async () => {
    const ctx = await filled();
    const before = await dumpTables(ctx.db);
    const { blob } = await createBackup(ctx.db, NOW, undefined, { password: 'riktig passord', iterations: 100_000 });
    const files = await entriesOf(blob);
    const raw = new TextDecoder('latin1').decode(new Uint8Array(await blob.arrayBuffer()));
    expect(raw).not.toContain('Bergen');
    expect(raw).not.toContain('tilskudd-frivillige-backup"');
    expect(JSON.parse(new TextDecoder().decode(files['kryptering.json']))).toMatchObject({ version: 2, kdf: { iterations: 100_000 } });

    expect(await inspectBackup(blob)).toMatchObject({ ok: false, needsPassword: true });
    expect(await inspectBackup(blob, { password: 'feil passord' })).toEqual({ ok: false, error: WRONG_PASSWORD });
    const opened = await inspectBackup(blob, { password: 'riktig passord' });
    if (!opened.ok) throw new Error(opened.error);
    expect(opened.backup.preview).toMatchObject({ encrypted: true, backupVersion: 2 });

    const other = testContext({ db: openDatabase(`zip-backup-${++databases}`) });
    await restoreBackup(other, opened.backup);
    expect(await withoutRestoreEntry(other.db)).toEqual(before);
  });

  it('refuses an entry moved to another name, naming it', async () => {
    const ctx = await filled();
    const files = await entriesOf((await createBackup(ctx.db, NOW, undefined, { password: 'riktig passord', iterations: 100_000 })).blob);
    files['tabeller/calls/000001.ndjson'] = files['tabeller/organisations/000001.ndjson']!;
    const inspected = await inspectBackup(zipOf(files), { password: 'riktig passord' });
    expect(inspected).toEqual({
      ok: false,
      error: 'Delen «tabeller/calls/000001.ndjson» (Utlysninger) i sikkerhetskopien kan ikke dekrypteres: den er skadet eller endret. Ingenting er gjenopprettet.',
    });
  });
});

describe('old JSON backups (version 1)', { timeout: 30_000 }, () => {
  it('restore, plain and encrypted', async () => {
    const ctx = await filled();
    const before = await dumpTables(ctx.db);
    const { bytes } = await createJsonBackup(ctx.db, NOW);
    const encrypted = await encryptBackup(bytes as Uint8Array<ArrayBuffer>, 'gammelt passord', 100_000);
    for (const [file, password] of [[bytes, undefined], [encrypted, 'gammelt passord']] as const) {
      const other = testContext({ db: openDatabase(`zip-backup-${++databases}`) });
      const inspected = await inspectBackup(new Blob([file as Uint8Array<ArrayBuffer>]), password ? { password } : {});
      if (!inspected.ok) throw new Error(inspected.error);
      expect(inspected.backup.preview).toMatchObject({ backupVersion: 1, encrypted: password !== undefined });
      await restoreBackup(other, inspected.backup);
      expect(await withoutRestoreEntry(other.db)).toEqual(before);
    }
  });
});

describe('room and half-way failures', { timeout: 30_000 }, () => {
  it('refuses a restore the disk cannot hold, before saving or changing anything', async () => {
    const ctx = await filled();
    const { blob } = await createBackup(ctx.db, NOW);
    const before = await dumpTables(ctx.db);
    const save = vi.fn(() => Promise.resolve());
    const result = await restoreWithSafetyBackup(ctx, blob, save, {
      estimate: async () => ({ quota: 100 * 1024 * 1024, usage: 100 * 1024 * 1024 - 1000 }),
    });
    expect(result).toEqual({
      ok: false,
      error: expect.stringMatching(/^Det er ikke nok ledig lagringsplass til å gjenopprette sikkerhetskopien: den trenger omtrent 1 MB, og det er 0 MB ledig\./),
    });
    expect(save).not.toHaveBeenCalled();
    expect(await dumpTables(ctx.db)).toEqual(before);
  });

  it('rolls back every table when a chunk turns out damaged in the middle of the restore', async () => {
    const ctx = await filled();
    const { blob } = await createBackup(ctx.db, NOW, undefined, { chunkRows: 1 });
    const before = await dumpTables(ctx.db);
    const inspected = await inspectBackup(blob);
    if (!inspected.ok) throw new Error(inspected.error);
    // The file changes after it was checked: the restore meets the damage after writing earlier chunks.
    const files = await entriesOf(blob);
    const bin = files['tabeller/letters/000001.bin']!;
    bin[0] = bin[0]! ^ 0xff;
    const damaged = zipOf(files);
    inspected.backup.zip!.blob = damaged;
    inspected.backup.zip!.directory = new Map((await readZipDirectory(damaged)).map((e) => [e.name, e]));
    const written: number[] = [];
    const failure = await restoreBackup(ctx, inspected.backup, { onProgress: (n) => written.push(n) }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RestoreFailedError);
    expect((failure as Error).message).toMatch(/Delen «tabeller\/letters\/000001\.bin» \(Brev\).*sjekksummen stemmer ikke/);
    expect(written.at(-1)).toBeGreaterThan(10);
    expect(await dumpTables(ctx.db)).toEqual(before);
  });
});
