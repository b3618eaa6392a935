// What the zip reader reads from: a Blob (a File in the browser), or a file main holds open and
// hands out in byte ranges (Electron), seen through the same two members of Blob it uses.
export interface ByteSource {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/** The largest range asked for at once (main refuses more: shared/platform BACKUP_RANGE_MAX_BYTES). */
const RANGE_BYTES = 64 * 1024 * 1024;

export type ReadRange = (start: number, end: number) => Promise<Uint8Array>;

/** A file read through `read`, a range at a time. */
export class RangeFile implements ByteSource {
  constructor(
    readonly size: number,
    private readonly read: ReadRange,
  ) {}

  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> } {
    const from = Math.max(0, Math.min(start, this.size));
    const to = Math.max(from, Math.min(end, this.size));
    return { arrayBuffer: () => this.bytes(from, to) };
  }

  private async bytes(from: number, to: number): Promise<ArrayBuffer> {
    const out = new Uint8Array(to - from);
    for (let at = from; at < to; ) {
      const part = await this.read(at, Math.min(to, at + RANGE_BYTES));
      if (part.byteLength === 0) throw new Error('Filen ble kortere mens den ble lest.');
      out.set(part, at - from);
      at += part.byteLength;
    }
    return out.buffer;
  }
}
