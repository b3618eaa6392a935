import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFilesToFolder } from '../../../src/main/files/write-files';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-files-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('writeFilesToFolder', () => {
  it('writes every file into a new folder inside the chosen one, duplicates numbered', async () => {
    const parent = tempDir();
    const folder = await writeFilesToFolder(parent, 'vedtaksbrev-2020', [
      { name: '864139442-Språkkafé-innvilget.pdf', bytes: new Uint8Array([1, 2]) },
      { name: '864139442-Språkkafé-innvilget.pdf', bytes: new Uint8Array([3]) },
    ]);
    expect(folder).toBe(join(parent, 'vedtaksbrev-2020'));
    expect(readdirSync(folder).sort()).toEqual(['864139442-Språkkafé-innvilget (2).pdf', '864139442-Språkkafé-innvilget.pdf']);
    expect([...readFileSync(join(folder, '864139442-Språkkafé-innvilget (2).pdf'))]).toEqual([3]);
  });

  it('keeps names that try to leave the folder inside it', async () => {
    const parent = tempDir();
    const folder = await writeFilesToFolder(parent, '../utenfor', [{ name: '../../x.pdf', bytes: new Uint8Array([9]) }]);
    expect(folder.startsWith(parent)).toBe(true);
    expect(readdirSync(parent)).toHaveLength(1);
    expect(readdirSync(folder)).toHaveLength(1);
  });
});
