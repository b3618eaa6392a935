import { describe, expect, it } from 'vitest';
import { safeFileNameSchema, ipcContract } from '../../../src/shared/ipc-contract';
import { InvokeChannel } from '../../../src/shared/ipc-channels';

describe('safeFileNameSchema (backup file names)', () => {
  it('accepts plain file names', () => {
    expect(safeFileNameSchema.safeParse('tilskudd-2025-06-01T12-00-00.json').success).toBe(true);
    expect(safeFileNameSchema.safeParse('Sikkerhetskopi Bærum.json').success).toBe(true);
  });

  it('refuses folders, traversal and names Windows cannot store', () => {
    for (const name of ['', '../x.json', 'a/b.json', 'a\\b.json', 'C:x.json', '.hidden', 'a.json.', 'a\u0000b']) {
      expect(safeFileNameSchema.safeParse(name).success, JSON.stringify(name)).toBe(false);
    }
  });
});

describe('ipcContract', () => {
  it('covers every invoke channel', () => {
    expect(Object.keys(ipcContract).sort()).toEqual(Object.values(InvokeChannel).sort());
  });

  it('lets open-file be called without a request and with filters', () => {
    const schema = ipcContract[InvokeChannel.openFile].request;
    expect(schema.safeParse(undefined).success).toBe(true);
    expect(schema.safeParse({ filters: [{ name: 'Regneark', extensions: ['xlsx', 'csv'] }] }).success).toBe(true);
    expect(schema.safeParse({ filters: [{ name: 'x', extensions: ['.exe;rm'] }] }).success).toBe(false);
  });
});
