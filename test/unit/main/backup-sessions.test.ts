import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupSessions, UNKNOWN_SESSION, temporaryNameFor } from '../../../src/main/files/backup-sessions';

let folder: string;
let n = 0;
const ids = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'backup-sessions-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const bytes = (length: number, fill: number) => new Uint8Array(length).fill(fill);

describe('BackupSessions: writing in chunks', () => {
  it('writes chunks in order to a temporary file and renames it only when finished', async () => {
    const sessions = new BackupSessions(ids);
    const target = join(folder, 'sikkerhetskopi-2026-01-02-030405.zip');
    const id = await sessions.startWrite(folder, target, 7);
    await sessions.append(id, bytes(4, 1));
    // Half-way the real name does not exist; only the temporary sibling does.
    expect(readdirSync(folder)).toEqual(['sikkerhetskopi-2026-01-02-030405.zip.' + id + '.tmp']);
    await sessions.append(id, bytes(3, 2));
    expect(await sessions.finish(id)).toEqual({ target, folder });
    expect(readdirSync(folder)).toEqual(['sikkerhetskopi-2026-01-02-030405.zip']);
    expect([...readFileSync(target)]).toEqual([1, 1, 1, 1, 2, 2, 2]);
  });

  it('abort deletes the temporary file and leaves an older backup of the same name alone', async () => {
    const sessions = new BackupSessions(ids);
    const target = join(folder, 'sikkerhetskopi-2026-01-02-030405.zip');
    writeFileSync(target, 'old');
    const id = await sessions.startWrite(folder, target, 10);
    await sessions.append(id, bytes(5, 9));
    await sessions.abort(id);
    expect(readdirSync(folder)).toEqual(['sikkerhetskopi-2026-01-02-030405.zip']);
    expect(readFileSync(target, 'utf8')).toBe('old');
    await expect(sessions.append(id, bytes(1, 1))).rejects.toThrow(UNKNOWN_SESSION);
  });

  it('refuses to finish a file that is shorter than announced, and to grow past it, leaving nothing', async () => {
    const sessions = new BackupSessions(ids);
    const short = await sessions.startWrite(folder, join(folder, 'a.zip'), 10);
    await sessions.append(short, bytes(4, 1));
    await expect(sessions.finish(short)).rejects.toThrow('4 av 10 byte');
    const long = await sessions.startWrite(folder, join(folder, 'b.zip'), 3);
    await expect(sessions.append(long, bytes(4, 1))).rejects.toThrow('4 av 3 byte');
    expect(readdirSync(folder)).toEqual([]);
  });

  it('closeAll (the window closed) leaves no temporary file behind', async () => {
    const sessions = new BackupSessions(ids);
    const id = await sessions.startWrite(folder, join(folder, 'a.zip'), 10);
    await sessions.append(id, bytes(2, 1));
    await sessions.closeAll();
    expect(readdirSync(folder)).toEqual([]);
  });

  it('names the temporary file so that retention and restore never take it for a backup', () => {
    expect(temporaryNameFor('/b/sikkerhetskopi-2026-01-02-030405.zip', 'x')).toBe('/b/sikkerhetskopi-2026-01-02-030405.zip.x.tmp');
  });
});

describe('BackupSessions: reading in ranges', () => {
  it('hands out byte ranges of the file, cut at its end, and forgets it when ended', async () => {
    const path = join(folder, 'sikkerhetskopi.zip');
    writeFileSync(path, Uint8Array.from({ length: 100 }, (_, i) => i));
    const sessions = new BackupSessions(ids);
    const { id, size } = await sessions.startRead(path);
    expect(size).toBe(100);
    expect([...(await sessions.read(id, 10, 14))]).toEqual([10, 11, 12, 13]);
    expect([...(await sessions.read(id, 97, 200))]).toEqual([97, 98, 99]);
    expect((await sessions.read(id, 150, 160)).byteLength).toBe(0);
    await sessions.endRead(id);
    await expect(sessions.read(id, 0, 1)).rejects.toThrow(UNKNOWN_SESSION);
  });
});
