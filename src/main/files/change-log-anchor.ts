// The change log's anchor in Electron: main keeps the HMAC key and the anchor in two files under
// userData, outside IndexedDB, and signs and checks for the renderer, which never sees the key.
// The key is encrypted with the OS credential store (safeStorage) where available.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileDurably } from './durable-write';
import { join } from 'node:path';
import type { ChangeLogAnchor, ChangeLogAnchorRequest, ChangeLogAnchorResponse } from '@shared/platform';
import { ANCHOR_FILE_NAME, ANCHOR_KEY_FILE_NAME, anchorMessage } from '@shared/change-log-anchor';
import { changeLogAnchorSchema } from '@shared/ipc-contract';

/** The part of Electron's safeStorage used here, injectable for tests. */
export interface KeyProtection {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}


// File layout: one byte 1 = safeStorage-encrypted, 0 = plain (no credential store), then the key.
async function loadKey(userData: string, protection: KeyProtection): Promise<Buffer> {
  const path = join(userData, ANCHOR_KEY_FILE_NAME);
  try {
    const file = await readFile(path);
    if (file[0] === 1) return Buffer.from(protection.decryptString(file.subarray(1)), 'base64');
    if (file[0] === 0 && file.length === 33) return file.subarray(1);
  } catch {
    // No key yet: made below.
  }
  const key = randomBytes(32);
  const body = protection.isEncryptionAvailable()
    ? Buffer.concat([Buffer.from([1]), protection.encryptString(key.toString('base64'))])
    : Buffer.concat([Buffer.from([0]), key]);
  await writeFileDurably(path, body);
  return key;
}

function mac(key: Buffer, head: { lastId: number; hash: string }): string {
  return createHmac('sha256', key).update(anchorMessage(head)).digest('hex');
}

async function readAnchor(userData: string): Promise<ChangeLogAnchor | null> {
  try {
    const parsed = changeLogAnchorSchema.safeParse(JSON.parse(await readFile(join(userData, ANCHOR_FILE_NAME), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function handleChangeLogAnchor(
  userData: string,
  protection: KeyProtection,
  request: ChangeLogAnchorRequest,
): Promise<ChangeLogAnchorResponse> {
  if (request.op === 'read') return { anchor: await readAnchor(userData) };
  const key = await loadKey(userData, protection);
  if (request.op === 'check') {
    const expected = Buffer.from(mac(key, request.anchor), 'hex');
    const given = Buffer.from(request.anchor.mac, 'hex');
    return { anchor: request.anchor, valid: given.length === expected.length && timingSafeEqual(given, expected) };
  }
  const anchor: ChangeLogAnchor = { lastId: request.lastId, hash: request.hash, at: request.at, mac: mac(key, request) };
  if (request.op === 'write') await writeFileDurably(join(userData, ANCHOR_FILE_NAME), JSON.stringify(anchor));
  return { anchor };
}
