// Password-encrypted backups: AES-256-GCM with a key derived by PBKDF2-SHA-256 (600 000 iterations,
// random 16-byte salt), as OWASP recommends for PBKDF2 in 2023+. The encrypted file is a small JSON
// envelope with its own format marker, so plain backups from older versions still restore.
export const ENCRYPTED_BACKUP_FORMAT = 'tilskudd-frivillige-backup-encrypted';
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSWORD_LENGTH = 8;

export interface EncryptedBackupEnvelope {
  format: typeof ENCRYPTED_BACKUP_FORMAT;
  version: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  /** base64 of the AES-GCM output (ciphertext with its 16-byte tag) of the plain backup's bytes. */
  data: string;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function deriveKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBackup(
  plain: Uint8Array<ArrayBuffer>,
  password: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(password, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain));
  const envelope: EncryptedBackupEnvelope = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(data),
  };
  return new TextEncoder().encode(JSON.stringify(envelope));
}

export class WrongPasswordError extends Error {
  override readonly name = 'WrongPasswordError';
}

export const WRONG_PASSWORD =
  'Passordet er feil, eller den krypterte sikkerhetskopien er skadet. Ingenting er gjenopprettet.';

/** The plain backup's bytes; WrongPasswordError when the password (or the file) does not fit. */
export async function decryptBackup(envelope: EncryptedBackupEnvelope, password: string): Promise<Uint8Array<ArrayBuffer>> {
  let salt: Uint8Array<ArrayBuffer>, iv: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>;
  try {
    salt = fromBase64(envelope.kdf.salt);
    iv = fromBase64(envelope.cipher.iv);
    data = fromBase64(envelope.data);
  } catch {
    throw new WrongPasswordError(WRONG_PASSWORD);
  }
  const iterations = envelope.kdf.iterations;
  // A file cannot make us spin for minutes, nor weaken the derivation below the floor we write.
  if (!Number.isInteger(iterations) || iterations < 100_000 || iterations > 10_000_000) {
    throw new WrongPasswordError('Den krypterte sikkerhetskopien har ugyldige nøkkelinnstillinger. Ingenting er gjenopprettet.');
  }
  const key = await deriveKey(password, salt, iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data));
  } catch {
    throw new WrongPasswordError(WRONG_PASSWORD);
  }
}

export function isEncryptedEnvelope(value: unknown): value is EncryptedBackupEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const kdf = v.kdf as Record<string, unknown> | undefined;
  const cipher = v.cipher as Record<string, unknown> | undefined;
  return (
    v.format === ENCRYPTED_BACKUP_FORMAT &&
    v.version === 1 &&
    typeof v.data === 'string' &&
    kdf?.name === 'PBKDF2' && kdf.hash === 'SHA-256' && typeof kdf.salt === 'string' && typeof kdf.iterations === 'number' &&
    cipher?.name === 'AES-GCM' && typeof cipher.iv === 'string'
  );
}
