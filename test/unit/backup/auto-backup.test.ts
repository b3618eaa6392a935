import { beforeEach, describe, expect, it, vi } from 'vitest';
import { completeFirstRun, updateSettings } from '@renderer/services/settings';
import { inspectBackup } from '@renderer/services/backup';
import {
  isAutoBackupDue,
  requestPersistentStorage,
  resetPersistentStorageRequest,
  runAutoBackupIfDue,
  type WriteBackupFile,
} from '@renderer/services/backup/auto-backup';
import { testContext } from '../services/test-context';

const writer = () => vi.fn<WriteBackupFile>(async ({ fileName }) => ({ location: `/data/sikkerhetskopier/${fileName}` }));

describe('isAutoBackupDue', () => {
  const now = new Date('2024-05-02T12:00:00.000Z');
  it('is due with no earlier backup, after 24 hours, and when the last is in the future', () => {
    expect(isAutoBackupDue(undefined, now)).toBe(true);
    expect(isAutoBackupDue('2024-05-01T12:00:00.000Z', now)).toBe(true);
    expect(isAutoBackupDue('2024-05-03T12:00:00.000Z', now)).toBe(true);
  });
  it('is not due within 24 hours', () => {
    expect(isAutoBackupDue('2024-05-01T12:00:01.000Z', now)).toBe(false);
    expect(isAutoBackupDue('2024-05-02T11:00:00.000Z', now)).toBe(false);
  });
});

describe('runAutoBackupIfDue', () => {
  it('does nothing before the first-run setup', async () => {
    const write = writer();
    expect(await runAutoBackupIfDue(testContext(), write)).toEqual({ written: false });
    expect(write).not.toHaveBeenCalled();
  });

  it('writes a readable backup with the keep count, records the time, and skips the next start that day', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    await updateSettings(ctx, { backupKeepCount: 5 });
    const write = writer();

    const result = await runAutoBackupIfDue(ctx, write);
    expect(result).toEqual({ written: true, location: '/data/sikkerhetskopier/sikkerhetskopi-2020-03-01-110000.zip' });
    expect(write).toHaveBeenCalledTimes(1);
    const file = write.mock.calls[0]![0];
    expect(file.keep).toBe(5);
    const inspected = await inspectBackup(file.blob);
    expect(inspected.ok && inspected.backup.preview.counts.settings).toBe(1);
    expect((await ctx.db.settings.get('app'))?.lastAutoBackupAt).toBe('2020-03-01T10:00:00.000Z');

    expect(await runAutoBackupIfDue(ctx, write)).toEqual({ written: false });
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('keeps 14 by default and records nothing when the write fails', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    const write = vi.fn<WriteBackupFile>(async () => {
      throw new Error('Disken er full');
    });
    await expect(runAutoBackupIfDue(ctx, write)).rejects.toThrow('Disken er full');
    expect(write.mock.calls[0]![0].keep).toBe(14);
    expect((await ctx.db.settings.get('app'))?.lastAutoBackupAt).toBeUndefined();
  });
});

describe('requestPersistentStorage', () => {
  beforeEach(() => resetPersistentStorageRequest());

  it('asks once and remembers the answer', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await requestPersistentStorage(storage)).toBe('persisted');
    expect(await requestPersistentStorage(storage)).toBe('persisted');
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('reports a refusal and a browser without the API', async () => {
    expect(await requestPersistentStorage({ persisted: async () => false, persist: async () => false })).toBe(
      'not-persisted',
    );
    resetPersistentStorageRequest();
    expect(await requestPersistentStorage(undefined)).toBe('unsupported');
  });
});
