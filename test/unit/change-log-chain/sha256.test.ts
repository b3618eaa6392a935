import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256HexSync, sha256OfText } from '@renderer/domain/change-log-chain';

describe('sha256HexSync', () => {
  it('gives the FIPS 180-2 test vectors', () => {
    expect(sha256OfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256OfText('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256OfText('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with Node for every length around the block and padding boundaries, and for æøå', () => {
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256HexSync(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(sha256OfText('Søknad fra Ålesund – «æøå»')).toBe(
      createHash('sha256').update('Søknad fra Ålesund – «æøå»', 'utf8').digest('hex'),
    );
  });

  it('hashes texts in any order like Node does: a long text leaves nothing behind for a short one', () => {
    // One buffer is reused between calls; a text longer than it, or than its cap, must not leak into the next.
    const texts = ['ø'.repeat(3_000), 'abc', '€'.repeat(400_000), '', '😀 «x»'.repeat(50), 'a'.repeat(55), 'æ'.repeat(2_000_000), 'ok'];
    for (const text of texts) expect(sha256OfText(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('hashes a megabyte like Node does', () => {
    const bytes = Uint8Array.from({ length: 1_000_003 }, (_, i) => (i * 7) & 0xff);
    expect(sha256HexSync(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
  });
});
