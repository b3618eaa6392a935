import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FOLDER_NOT_ABSOLUTE,
  BACKUP_FOLDER_NOT_CHOSEN,
  BACKUP_NAME_REFUSED,
  BACKUP_TARGET_OUTSIDE,
  resolveBackupTarget,
} from '../../../src/main/files/backup-path';
import { backupWriteStartRequestSchema } from '../../../src/shared/ipc-contract';

const userData = resolve('/home/kari/.config/tilskudd');
const chosen = resolve('/mnt/felles/tilskudd-backup');
const name = 'sikkerhetskopi-2024-05-02-120000.zip';

describe('resolveBackupTarget', () => {
  it('uses userData/sikkerhetskopier when no folder is chosen', () => {
    expect(resolveBackupTarget(userData, name)).toEqual({
      folder: join(userData, 'sikkerhetskopier'),
      target: join(userData, 'sikkerhetskopier', name),
    });
  });

  it('uses the chosen absolute folder, normalised', () => {
    expect(resolveBackupTarget(userData, name, `${chosen}${sep}.${sep}`, chosen)).toEqual({
      folder: chosen,
      target: join(chosen, name),
    });
  });

  it('refuses a relative folder', () => {
    expect(() => resolveBackupTarget(userData, name, 'sikkerhetskopier')).toThrow(BACKUP_FOLDER_NOT_ABSOLUTE);
    expect(() => resolveBackupTarget(userData, name, `..${sep}andre`)).toThrow(BACKUP_FOLDER_NOT_ABSOLUTE);
  });

  it('refuses file names that would leave the folder', () => {
    for (const bad of ['../sikkerhetskopi.json', `..${sep}..${sep}x.json`, '.', '..', resolve('/tmp/x.json'), 'a/b.json']) {
      expect(() => resolveBackupTarget(userData, bad, chosen, chosen), bad).toThrow(BACKUP_TARGET_OUTSIDE);
    }
  });

  it('writes to a requested folder only when the officer picked it in the dialog', () => {
    expect(() => resolveBackupTarget(userData, name, chosen)).toThrow(BACKUP_FOLDER_NOT_CHOSEN);
    expect(() => resolveBackupTarget(userData, name, resolve('/etc'), chosen)).toThrow(BACKUP_FOLDER_NOT_CHOSEN);
    expect(resolveBackupTarget(userData, name, chosen, chosen).target).toBe(join(chosen, name));
  });

  it('writes only files named as the program names its backups', () => {
    for (const bad of ['autoexec.bat', 'sikkerhetskopi-2024-05-02-120000.json.exe', 'notat.json', 'sikkerhetskopi-x.json']) {
      expect(() => resolveBackupTarget(userData, bad), bad).toThrow(BACKUP_NAME_REFUSED);
      expect(() => resolveBackupTarget(userData, bad, chosen, chosen), bad).toThrow(BACKUP_NAME_REFUSED);
    }
  });
});

describe('backupWriteStartRequestSchema folder', () => {
  it('accepts a request with or without a folder', () => {
    expect(backupWriteStartRequestSchema.safeParse({ fileName: name, size: 3 }).success).toBe(true);
    expect(backupWriteStartRequestSchema.safeParse({ fileName: name, size: 3, folder: chosen }).success).toBe(true);
  });
  it('refuses an empty folder or one with control characters', () => {
    expect(backupWriteStartRequestSchema.safeParse({ fileName: name, size: 3, folder: '' }).success).toBe(false);
    expect(backupWriteStartRequestSchema.safeParse({ fileName: name, size: 3, folder: '/tmp/a\u0000b' }).success).toBe(false);
  });
});
