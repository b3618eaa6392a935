// The change log's anchor in a browser tab: anchor and HMAC key in localStorage, outside IndexedDB.
// This catches edits made to the database alone (a tool that edits IndexedDB, a copied profile
// folder with an old log); someone with full control of this browser profile can reach both.
import type { ChangeLogAnchor, ChangeLogAnchorRequest, ChangeLogAnchorResponse } from '@shared/platform';
import { ANCHOR_KEY_STORAGE_KEY, ANCHOR_STORAGE_KEY, anchorMessage } from '@shared/change-log-anchor';

const hex = (bytes: ArrayBuffer): string =>
  Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

async function key(storage: Storage): Promise<CryptoKey> {
  let raw = storage.getItem(ANCHOR_KEY_STORAGE_KEY);
  if (!raw || !/^[0-9a-f]{64}$/.test(raw)) {
    raw = hex(crypto.getRandomValues(new Uint8Array(32)).buffer);
    storage.setItem(ANCHOR_KEY_STORAGE_KEY, raw);
  }
  const bytes = new Uint8Array(raw.match(/../g)!.map((h) => parseInt(h, 16)));
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

async function mac(storage: Storage, head: { lastId: number; hash: string }): Promise<string> {
  return hex(await crypto.subtle.sign('HMAC', await key(storage), new TextEncoder().encode(anchorMessage(head))));
}

function readAnchor(storage: Storage): ChangeLogAnchor | null {
  try {
    const value = JSON.parse(storage.getItem(ANCHOR_STORAGE_KEY) ?? 'null') as ChangeLogAnchor | null;
    return value && typeof value.lastId === 'number' && typeof value.hash === 'string' && typeof value.mac === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}

export async function browserChangeLogAnchor(
  request: ChangeLogAnchorRequest,
  storage: Storage = localStorage,
): Promise<ChangeLogAnchorResponse> {
  if (request.op === 'read') return { anchor: readAnchor(storage) };
  if (request.op === 'check') return { anchor: request.anchor, valid: (await mac(storage, request.anchor)) === request.anchor.mac };
  const anchor: ChangeLogAnchor = { lastId: request.lastId, hash: request.hash, at: request.at, mac: await mac(storage, request) };
  if (request.op === 'write') storage.setItem(ANCHOR_STORAGE_KEY, JSON.stringify(anchor));
  return { anchor };
}
