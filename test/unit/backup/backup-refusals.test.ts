import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '@renderer/data/schema';
import { openDatabase } from '@renderer/data/db';
import { inspectBackup, restoreWithSafetyBackup } from '@renderer/services/backup';
import { createJsonBackup } from './legacy-json-backup';
import { tablesChecksum } from '@renderer/services/backup/backup-format';
import { FIXED_NOW, testContext } from '../services/test-context';
import { dumpTables, fillEveryTable } from './every-table';

type BackupJson = { formatVersion: number; checksum: string; tables: Record<string, Record<string, unknown>[]> };

let databases = 0;

async function goodBackup() {
  // Each call its own database: a test may need a backup and a database to refuse it into.
  const ctx = testContext({ db: openDatabase(`backup-${++databases}`) });
  await fillEveryTable(ctx);
  const { bytes } = await createJsonBackup(ctx.db, new Date(FIXED_NOW));
  return { ctx, bytes };
}

/** Changes a backup's JSON; `reseal` recomputes the checksum, as a careful forger would. */
async function edited(bytes: Uint8Array, change: (file: BackupJson) => void, reseal = true) {
  const file = JSON.parse(new TextDecoder().decode(bytes)) as BackupJson;
  change(file);
  if (reseal) file.checksum = await tablesChecksum(file.tables);
  return new TextEncoder().encode(JSON.stringify(file));
}

/** Refused by inspection and by the restore, with no safety file saved and the data unchanged. */
async function expectRefused(file: Uint8Array, message: string | RegExp) {
  const { ctx } = await goodBackup();
  const before = await dumpTables(ctx.db);
  const inspected = await inspectBackup(file);
  expect(inspected.ok).toBe(false);
  if (!inspected.ok) expect(inspected.error).toMatch(message);
  const save = vi.fn(() => Promise.resolve());
  expect(await restoreWithSafetyBackup(ctx, file, save)).toMatchObject({ ok: false });
  expect(save).not.toHaveBeenCalled();
  expect(await dumpTables(ctx.db)).toEqual(before);
}

describe('inspectBackup refuses, and nothing changes', () => {
  it('a truncated file', async () => {
    const { bytes } = await goodBackup();
    await expectRefused(
      bytes.slice(0, Math.floor(bytes.length * 0.7)),
      'Filen kan ikke leses som en sikkerhetskopi. Den er skadet, ufullstendig eller ikke en sikkerhetskopi.',
    );
  });

  it('a file whose contents no longer match the checksum', async () => {
    const { bytes } = await goodBackup();
    const tampered = await edited(bytes, (f) => { f.tables.decisions![0]!.amountGrantedOre = 35_000_00; }, false);
    await expectRefused(tampered, /sjekksummen stemmer ikke/);
  });

  it('a row that breaks its schema, naming table, row and field', async () => {
    const { bytes } = await goodBackup();
    const bad = await edited(bytes, (f) => { f.tables.applications![0]!.amountAppliedOre = 'førti tusen'; });
    await expectRefused(
      bad,
      'Sikkerhetskopien har en ugyldig rad i «Søknader» (rad 1, felt amountAppliedOre): Beløpet må være et tall. Ingenting er gjenopprettet.',
    );
  });

  it('two rows with the same id', async () => {
    const { bytes } = await goodBackup();
    const bad = await edited(bytes, (f) => { f.tables.calls!.push(f.tables.calls![0]!); });
    await expectRefused(bad, '«Utlysninger» i sikkerhetskopien har to rader med samme id (call-1).');
  });

  it('a file from a newer version of the program', async () => {
    const { bytes } = await goodBackup();
    const newer = await edited(bytes, (f) => { f.formatVersion = CURRENT_SCHEMA_VERSION + 1; });
    await expectRefused(
      newer,
      `Sikkerhetskopien er laget av en nyere versjon av programmet (dataversjon ${CURRENT_SCHEMA_VERSION + 1}; denne versjonen har ${CURRENT_SCHEMA_VERSION}). Oppdater programmet før du gjenoppretter den.`,
    );
  });

  it('a foreign JSON file', async () => {
    await expectRefused(
      new TextEncoder().encode(JSON.stringify({ format: 'imdi-eksport/1', tildelinger: [] })),
      'Filen er ikke en sikkerhetskopi fra Tilskudd frivillige.',
    );
    await expectRefused(new TextEncoder().encode('[1,2,3]'), 'Filen er ikke en sikkerhetskopi fra Tilskudd frivillige.');
  });

  it('a file that is not text at all (a PDF, an XLSX)', async () => {
    await expectRefused(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0xfe, 0x00]), /kan ikke leses som en sikkerhetskopi/);
  });

  it('a table missing, or one it does not know', async () => {
    const { bytes } = await goodBackup();
    await expectRefused(await edited(bytes, (f) => { delete f.tables.payments; }), /mangler tabellen «Utbetalinger»/);
    await expectRefused(await edited(bytes, (f) => { f.tables.hemmelig = []; }), 'Sikkerhetskopien har en ukjent tabell «hemmelig».');
  });
});

describe('inspectBackup migrates older backups', () => {
  it('chains a v2 change log and backfills v1 settings, then restores', async () => {
    const { bytes } = await goodBackup();
    const old = await edited(bytes, (f) => {
      f.formatVersion = 1;
      for (const entry of f.tables.changeLog!) { delete entry.prevHash; delete entry.hash; }
      delete f.tables.settings![0]!.letterLanguage;
    });
    const inspected = await inspectBackup(old);
    if (!inspected.ok) throw new Error(inspected.error);
    expect(inspected.backup.preview).toMatchObject({ formatVersion: 1, changeLog: { ok: true } });
    expect(inspected.backup.rows!.settings[0]).toMatchObject({ letterLanguage: 'nb' });
    // Chained afresh, the entries equal the ones the current version wrote.
    const current = await inspectBackup(bytes);
    if (!current.ok) throw new Error(current.error);
    expect(inspected.backup.rows!.changeLog).toEqual(current.backup.rows!.changeLog);
  });

  it('shows a backup whose own change log was tampered with, without refusing it', async () => {
    const { bytes } = await goodBackup();
    const tampered = await edited(bytes, (f) => { f.tables.changeLog![1]!.actor = 'Noen andre'; });
    const inspected = await inspectBackup(tampered);
    expect(inspected).toMatchObject({
      ok: true,
      backup: { preview: { changeLog: { ok: false, brokenAtId: 2, reason: 'Oppføring 2 er endret etter at den ble skrevet.' } } },
    });
  });
});
