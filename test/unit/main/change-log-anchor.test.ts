// Main keeps the change log's anchor and its HMAC key in files under userData, the key protected by
// safeStorage; the renderer never sees the key. Main and the browser sign the same bytes alike.
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleChangeLogAnchor, type KeyProtection } from '../../../src/main/files/change-log-anchor';
import { ANCHOR_FILE_NAME, ANCHOR_KEY_FILE_NAME } from '../../../src/shared/change-log-anchor';
import { changeLogAnchorRequestSchema } from '../../../src/shared/ipc-contract';

const head = { lastId: 7, hash: 'c'.repeat(64), at: '2020-03-01T10:00:00.000Z' };

/** Reversible stand-in for the OS credential store. */
const protection: KeyProtection = {
  isEncryptionAvailable: () => true,
  encryptString: (text) => Buffer.from(`beskyttet:${text}`),
  decryptString: (data) => data.toString().replace(/^beskyttet:/, ''),
};

describe('handleChangeLogAnchor', () => {
  it('writes a signed anchor to a file, reads it back and checks it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'anker-'));
    expect(await handleChangeLogAnchor(dir, protection, { op: 'read' })).toEqual({ anchor: null });
    const { anchor } = await handleChangeLogAnchor(dir, protection, { op: 'write', ...head });
    expect(anchor).toMatchObject({ lastId: 7, hash: head.hash, mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.parse(await readFile(join(dir, ANCHOR_FILE_NAME), 'utf8'))).toEqual(anchor);
    expect(await handleChangeLogAnchor(dir, protection, { op: 'read' })).toEqual({ anchor });
    expect(await handleChangeLogAnchor(dir, protection, { op: 'check', anchor: anchor! })).toMatchObject({ valid: true });
    const moved = { ...anchor!, lastId: 6 };
    expect(await handleChangeLogAnchor(dir, protection, { op: 'check', anchor: moved })).toMatchObject({ valid: false });
    // The key file is protected by the credential store, and no temporary file is left behind.
    expect((await readFile(join(dir, ANCHOR_KEY_FILE_NAME))).subarray(1).toString()).toMatch(/^beskyttet:/);
    expect((await readdir(dir)).sort()).toEqual([ANCHOR_FILE_NAME, ANCHOR_KEY_FILE_NAME].sort());
  });

  it('signs without storing for a backup, and another installation cannot confirm it', async () => {
    const mine = await mkdtemp(join(tmpdir(), 'anker-'));
    const other = await mkdtemp(join(tmpdir(), 'anker-'));
    const { anchor } = await handleChangeLogAnchor(mine, protection, { op: 'sign', ...head });
    expect(await handleChangeLogAnchor(mine, protection, { op: 'read' })).toEqual({ anchor: null });
    expect(await handleChangeLogAnchor(other, protection, { op: 'check', anchor: anchor! })).toMatchObject({ valid: false });
  });

  it('accepts only well-formed requests over IPC', () => {
    expect(changeLogAnchorRequestSchema.safeParse({ op: 'write', ...head }).success).toBe(true);
    expect(changeLogAnchorRequestSchema.safeParse({ op: 'write', ...head, hash: 'x' }).success).toBe(false);
    expect(changeLogAnchorRequestSchema.safeParse({ op: 'delete' }).success).toBe(false);
  });
});
