import { describe, expect, it } from 'vitest';
import { deflateSync } from 'fflate';
import { inflateRaw } from '@renderer/services/backup/inflate-raw';

describe('inflateRaw (a zip entry with the platform zlib)', () => {
  const text = new TextEncoder().encode('{"id":"a","title":"Språkkafé for nyankomne"}\n'.repeat(20_000));

  it('gives back exactly the bytes fflate deflated, large entries included', async () => {
    const back = await inflateRaw(deflateSync(text, { level: 1 }));
    expect(back.byteLength).toBe(text.byteLength);
    expect(Buffer.from(back).equals(Buffer.from(text))).toBe(true);
    expect(await inflateRaw(deflateSync(new Uint8Array(0)))).toEqual(new Uint8Array(0));
  });

  it('rejects damaged data instead of returning part of it', async () => {
    const packed = deflateSync(text, { level: 1 });
    await expect(inflateRaw(packed.subarray(0, packed.byteLength >> 1))).rejects.toBeDefined();
    await expect(inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff]))).rejects.toBeDefined();
  });
});
