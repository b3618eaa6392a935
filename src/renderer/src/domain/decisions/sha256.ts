// SHA-256 of a letter's bytes, kept as evidence of exactly what was sent. WebCrypto works in
// Node 20 and in browsers, so the same code hashes in tests and in the app.

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // A copy into a plain ArrayBuffer: digest() refuses views over SharedArrayBuffer.
  const digest = await crypto.subtle.digest('SHA-256', bytes.slice().buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
