// The bytes the change log anchor's HMAC covers. Main (node:crypto) and the browser (WebCrypto)
// must sign exactly the same text, so it is defined once here.
export function anchorMessage(head: { lastId: number; hash: string }): string {
  return `tilskudd-frivillige/endringslogg/v1:${head.lastId}:${head.hash}`;
}

export const ANCHOR_FILE_NAME = 'endringslogg-anker.json';
export const ANCHOR_KEY_FILE_NAME = 'endringslogg-nokkel.bin';
export const ANCHOR_STORAGE_KEY = 'tilskudd-frivillige:endringslogg-anker';
export const ANCHOR_KEY_STORAGE_KEY = 'tilskudd-frivillige:endringslogg-nokkel';
