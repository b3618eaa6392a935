// Files main writes appear whole or not at all, and a backup that the disk cannot hold is refused
// with a Norwegian message before anything is written.
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskFullMessage, diskRoomProblem, freeBytes, writeFileDurably } from '../../../src/main/files/durable-write';

describe('writeFileDurably', () => {
  it('replaces the file under its name and leaves no temporary file', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'durable-'));
    const target = join(folder, 'sikkerhetskopi-2024-05-02-120000.zip');
    await writeFile(target, 'gammel');
    await writeFileDurably(target, new Uint8Array([1, 2, 3]));
    expect(Array.from(await readFile(target))).toEqual([1, 2, 3]);
    expect(await readdir(folder)).toEqual(['sikkerhetskopi-2024-05-02-120000.zip']);
  });

  it('keeps the old file when the write fails', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'durable-'));
    const target = join(folder, 'fil.json');
    await writeFile(target, 'gammel');
    // A value the file handle refuses: the write throws after the temporary file was opened.
    await expect(writeFileDurably(target, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('gammel');
    expect(await readdir(folder)).toEqual(['fil.json']);
  });
});

describe('diskRoomProblem', () => {
  it('refuses what the disk cannot hold, and lets the rest through', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'room-'));
    const free = await freeBytes(folder);
    expect(free).toBeGreaterThan(0);
    expect(await diskRoomProblem(folder, 1024)).toBeNull();
    expect(await diskRoomProblem(folder, free! + 1)).toBe(diskFullMessage(free! + 1, free!));
    expect(diskFullMessage(300 * 1024 * 1024, 20 * 1024 * 1024)).toBe(
      'Det er ikke nok ledig plass på disken til sikkerhetskopien: den trenger 300 MB, og det er 20 MB ledig. Frigjør plass eller velg en annen mappe i Innstillinger.',
    );
  });
});
