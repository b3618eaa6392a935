// Encryption of a zip backup, entry by entry: one AES-256-GCM key from the password (PBKDF2-SHA-256,
// as the version-1 envelope), a fresh 12-byte IV per entry, and the entry's name as additional
// data, so an entry cannot be moved to another name unnoticed. Stored: IV, then ciphertext + tag.
// The plain bytes are deflated first: ciphertext does not compress.
import { deflateSync } from 'fflate';
import { inflateRaw } from './inflate-raw';
import { PBKDF2_ITERATIONS, WRONG_PASSWORD, WrongPasswordError, deriveKey, fromBase64, toBase64 } from './backup-crypto';
import type { EncryptionHeader } from './zip-backup-format';

export interface EntryCipher {
  header: EncryptionHeader;
  key: CryptoKey;
}

export async function newEntryCipher(password: string, iterations: number = PBKDF2_ITERATIONS): Promise<EntryCipher> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return {
    key: await deriveKey(password, salt, iterations),
    header: {
      format: 'tilskudd-frivillige-backup-encrypted',
      version: 2,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
      cipher: { name: 'AES-GCM', ivBytes: 12, additionalData: 'entry-name' },
    },
  };
}

/** The key for a header read from a file; refuses settings that would be weak or make us spin. */
export async function entryCipherFor(header: EncryptionHeader, password: string): Promise<EntryCipher> {
  const { iterations, salt } = header.kdf;
  if (!Number.isInteger(iterations) || iterations < 100_000 || iterations > 10_000_000) {
    throw new WrongPasswordError('Den krypterte sikkerhetskopien har ugyldige nøkkelinnstillinger. Ingenting er gjenopprettet.');
  }
  let saltBytes: Uint8Array<ArrayBuffer>;
  try {
    saltBytes = fromBase64(salt);
  } catch {
    throw new WrongPasswordError(WRONG_PASSWORD);
  }
  return { header, key: await deriveKey(password, saltBytes, iterations) };
}

export async function encryptEntry(cipher: EntryCipher, name: string, plain: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const packed = deflateSync(plain, { level: 1 });
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(name) }, cipher.key, packed),
  );
  const out = new Uint8Array(12 + sealed.length);
  out.set(iv, 0);
  out.set(sealed, 12);
  return out;
}

/** WrongPasswordError when the password, the entry, or its name does not fit. */
export async function decryptEntry(cipher: EntryCipher, name: string, stored: Uint8Array): Promise<Uint8Array> {
  if (stored.length < 12 + 16) throw new WrongPasswordError(WRONG_PASSWORD);
  try {
    const packed = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: stored.slice(0, 12), additionalData: new TextEncoder().encode(name) },
      cipher.key,
      stored.slice(12),
    );
    return await inflateRaw(new Uint8Array(packed));
  } catch {
    throw new WrongPasswordError(WRONG_PASSWORD);
  }
}
