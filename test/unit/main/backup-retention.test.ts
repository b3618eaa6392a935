import { describe, expect, it } from 'vitest';
import { selectBackupsToDelete } from '../../../src/main/files/backup-retention';

const name = (stamp: string) => `sikkerhetskopi-${stamp}.json`;

describe('selectBackupsToDelete', () => {
  it('keeps the newest N by the timestamp in the name, whatever order the folder lists them in', () => {
    const files = [name('2024-03-02-0800'), name('2023-12-31-2359'), name('2024-03-10-0700'), name('2024-03-02-1915')];
    expect(selectBackupsToDelete(files, 2)).toEqual([name('2024-03-02-0800'), name('2023-12-31-2359')]);
  });

  it('deletes nothing when there are N or fewer backups', () => {
    expect(selectBackupsToDelete([name('2024-01-01-0000')], 14)).toEqual([]);
    expect(selectBackupsToDelete([], 3)).toEqual([]);
  });

  it('never touches files that are not our backups', () => {
    const files = [
      'notater.txt',
      'sikkerhetskopi-2024-01-01-0000.json.1234.tmp',
      'sikkerhetskopi-ukjent.json',
      'min-sikkerhetskopi-2020-01-01-0000.json',
      name('2024-01-02-0000'),
      name('2024-01-01-0000'),
    ];
    expect(selectBackupsToDelete(files, 1)).toEqual([name('2024-01-01-0000')]);
  });

  it('keeps at least one backup even when asked to keep none', () => {
    expect(selectBackupsToDelete([name('2024-01-02-0000'), name('2024-01-01-0000')], 0)).toEqual([
      name('2024-01-01-0000'),
    ]);
  });

  it('gives the same answer for backups of the same minute whatever order they come in', () => {
    const files = ['sikkerhetskopi-2024-01-01-0000.json', 'sikkerhetskopi-2024-01-01-0000-2.json'];
    const result = selectBackupsToDelete(files, 1);
    expect(result).toHaveLength(1);
    expect(selectBackupsToDelete(files.toReversed(), 1)).toEqual(result);
  });
});
