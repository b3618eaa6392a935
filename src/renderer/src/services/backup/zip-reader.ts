// Reads a zip from a Blob (a File in the browser) by its central directory and slices: one entry
// in memory at a time, however large the file. Entries written with data descriptors (as fflate's
// streaming Zip does) are found by the directory, not by scanning the data.
import { inflateRaw } from './inflate-raw';
import type { ByteSource } from './byte-source';

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function read(blob: ByteSource, start: number, end: number): Promise<DataView> {
  return new DataView(await blob.slice(start, end).arrayBuffer());
}

/** The entries in file order; ZipFormatError when there is no readable directory. */
export async function readZipDirectory(blob: ByteSource): Promise<ZipEntryInfo[]> {
  const tailStart = Math.max(0, blob.size - (22 + 0xffff));
  const tail = await read(blob, tailStart, blob.size);
  let eocd = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const cdSize = tail.getUint32(eocd + 12, true);
  const cdOffset = tail.getUint32(eocd + 16, true);
  // Zip64 (over 4 GiB) is marked by all-ones here; fflate does not write it, so it is not read.
  if (cdOffset === 0xffffffff || cdOffset + cdSize > blob.size) throw new ZipFormatError('directory out of range');
  const cd = await read(blob, cdOffset, cdOffset + cdSize);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const entries: ZipEntryInfo[] = [];
  // By the directory's size, not its 16-bit entry count.
  for (let at = 0; at + 46 <= cd.byteLength; ) {
    if (cd.getUint32(at, true) !== CENTRAL) throw new ZipFormatError('bad directory entry');
    const nameLength = cd.getUint16(at + 28, true);
    const extraLength = cd.getUint16(at + 30, true);
    const commentLength = cd.getUint16(at + 32, true);
    const nameBytes = new Uint8Array(cd.buffer, cd.byteOffset + at + 46, nameLength);
    entries.push({
      name: decoder.decode(nameBytes),
      method: cd.getUint16(at + 10, true),
      compressedSize: cd.getUint32(at + 20, true),
      size: cd.getUint32(at + 24, true),
      localOffset: cd.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entry's stored bytes, inflated when deflated; ZipFormatError when they cannot be. */
export async function readZipEntry(blob: ByteSource, entry: ZipEntryInfo): Promise<Uint8Array> {
  const header = await read(blob, entry.localOffset, entry.localOffset + 30);
  if (header.byteLength < 30 || header.getUint32(0, true) !== LOCAL) throw new ZipFormatError('bad local header');
  const start = entry.localOffset + 30 + header.getUint16(26, true) + header.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (end > blob.size) throw new ZipFormatError('entry out of range');
  const stored = new Uint8Array(await blob.slice(start, end).arrayBuffer());
  if (entry.method === 0) return stored;
  if (entry.method !== 8) throw new ZipFormatError('unknown compression');
  try {
    return await inflateRaw(stored);
  } catch {
    throw new ZipFormatError('inflate failed');
  }
}
