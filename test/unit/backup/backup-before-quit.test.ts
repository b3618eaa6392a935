import { describe, expect, it, vi } from 'vitest';
import { completeFirstRun, updateSettings } from '@renderer/services/settings';
import { inspectBackup } from '@renderer/services/backup';
import { runAutoBackupIfDue, runBackupBeforeQuit, type WriteBackupFile } from '@renderer/services/backup/auto-backup';
import { testContext } from '../services/test-context';

const writer = () => vi.fn<WriteBackupFile>(async ({ fileName }) => ({ location: `/data/sikkerhetskopier/${fileName}` }));

describe('runBackupBeforeQuit', () => {
  it('does nothing before the first-run setup', async () => {
    const write = writer();
    expect(await runBackupBeforeQuit(testContext(), write)).toEqual({ written: false });
    expect(write).not.toHaveBeenCalled();
  });

  it('writes a backup even when the daily one was just taken, and counts as the latest automatic one', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    await updateSettings(ctx, { backupKeepCount: 3 });
    const write = writer();
    await runAutoBackupIfDue(ctx, write);

    const result = await runBackupBeforeQuit(ctx, write);
    expect(result.written).toBe(true);
    expect(write).toHaveBeenCalledTimes(2);
    const file = write.mock.calls[1]![0];
    expect(file.keep).toBe(3);
    const inspected = await inspectBackup(file.blob);
    expect(inspected.ok).toBe(true);
    expect((await ctx.db.settings.get('app'))?.lastAutoBackupAt).toBe(ctx.now().toISOString());
  });

  it('records nothing when the write fails', async () => {
    const ctx = testContext();
    await completeFirstRun(ctx, { municipalityId: '4601', officerName: 'Kari Nordmann' });
    const write = vi.fn<WriteBackupFile>(async () => {
      throw new Error('Disken er full');
    });
    await expect(runBackupBeforeQuit(ctx, write)).rejects.toThrow('Disken er full');
    expect((await ctx.db.settings.get('app'))?.lastAutoBackupAt).toBeUndefined();
  });
});
