// A packed XLSX (zip bomb) is refused from the zip's own size fields, at once and with a clear reason.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '@renderer/documents/import';
import { ImportFileError } from '@renderer/documents/import/import-file-error';
import { assertUnpacksWithin, unpackedSize } from '@renderer/documents/import/zip-guard';

const MB = 1024 * 1024;

/** A workbook-shaped zip whose sheet claims (in the central directory) to unpack to `claimed` bytes. */
function packedWorkbook(claimed: number): Uint8Array {
  const zip = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(4 * MB), '[Content_Types].xml': new Uint8Array(10) });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 <= zip.byteLength; i++) {
    // The sheet's central directory file header (the first): its uncompressed size sits 24 bytes in.
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, claimed, true);
      break;
    }
  }
  return zip;
}

describe('the XLSX size guard', () => {
  it('reads the unpacked size from the directory', () => {
    const zip = zipSync({ a: new Uint8Array(2 * MB), b: new Uint8Array(MB) });
    expect(unpackedSize(zip)).toBe(3 * MB);
    expect(() => assertUnpacksWithin(zip, 3 * MB)).not.toThrow();
    expect(() => assertUnpacksWithin(zip, 2 * MB)).toThrow(/for stor når den pakkes ut \(3 MB, største tillatte er 2 MB\)/);
  });

  it('refuses a small file that claims to unpack to gigabytes, within a second, naming the size', async () => {
    const bomb = packedWorkbook(0xfff00000);
    expect(bomb.byteLength).toBeLessThan(64 * 1024);
    const started = performance.now();
    const error = await readImportFile({ name: 'soknader.xlsx', bytes: bomb }).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).code).toBe('for_stor');
    expect((error as ImportFileError).message).toMatch(/for stor når den pakkes ut \(4\s096 MB/);
  });

  it('leaves bytes that are not a zip to the reader, which says the file is damaged', async () => {
    expect(unpackedSize(new TextEncoder().encode('ikke en zip'))).toBeNull();
    const error = await readImportFile({ name: 'soknader.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]) }).catch((e: unknown) => e);
    expect((error as ImportFileError).code).toBe('skadet_xlsx');
  });
});
