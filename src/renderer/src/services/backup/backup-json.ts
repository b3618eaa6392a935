// Row values <-> JSON: binary values (letters' PDF bytes) travel as { "$base64": "…" }, the only
// non-JSON value the database holds.
const BASE64_KEY = '$base64';

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A JSON-ready copy of a stored value. */
export function toBackupValue(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BASE64_KEY]: bytesToBase64(value) };
  if (Array.isArray(value)) return value.map(toBackupValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toBackupValue(v)]));
  }
  return value;
}

/** The stored value back from its JSON form; throws on base64 that is not base64. */
export function fromBackupValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromBackupValue);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const [first] = entries;
    if (entries.length === 1 && first?.[0] === BASE64_KEY && typeof first[1] === 'string') {
      return base64ToBytes(first[1]);
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, fromBackupValue(v)]));
  }
  return value;
}
